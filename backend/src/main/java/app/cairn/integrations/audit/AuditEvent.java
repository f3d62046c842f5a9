package app.cairn.integrations.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One write through the API: who (person, token or service account), what, which resource, when, from where. */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "org_id", nullable = false, updatable = false)
    public UUID orgId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_name")
    public String actorName;

    /** PERSON (signed in), API_TOKEN (a person's token) or SERVICE_ACCOUNT. */
    @Column(name = "actor_kind")
    public String actorKind;

    @Column(name = "token_id")
    public UUID tokenId;

    /** e.g. `person.updated`, or the operation id for writes no service described (`createObjective`). */
    public String action;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public UUID resourceId;

    public String summary;

    /** JSON: field → {before, after}; content the admin may not read is `{"changed": true}` only. */
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String changes;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "request_id")
    public String requestId;
}
