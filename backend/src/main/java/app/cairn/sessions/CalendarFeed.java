package app.cairn.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's secret calendar feed URL. Only the SHA-256 of its token is kept. */
@Entity
@Table(name = "calendar_feeds")
public class CalendarFeed {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "org_id", updatable = false)
    public UUID orgId;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    @Column(name = "token_hash", updatable = false)
    public String tokenHash;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
