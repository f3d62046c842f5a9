package app.cairn.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Columns every tenant row has: an opaque id, its organization, timestamps (from the Clock) and a version. */
@MappedSuperclass
@EntityListeners(Timestamps.class)
public abstract class TenantEntity implements Timestamps.Stamped {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "org_id", nullable = false, updatable = false)
    public UUID orgId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    @Override
    public void stampCreated(Instant now) {
        createdAt = createdAt == null ? now : createdAt;
        updatedAt = createdAt;
    }

    @Override
    public void stampUpdated(Instant now) {
        updatedAt = now;
    }
}
