package app.cairn.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A tenant: a company using Cairn. */
@Entity
@Table(name = "organizations")
public class Organization {

    @Id
    public UUID id = UUID.randomUUID();

    public String name;

    /** A short, URL-safe name, used at login when one email exists in several organizations. */
    public String slug;

    /** Fewest peer answers before a 360 summary is shown. */
    @Column(name = "anonymity_threshold")
    public int anonymityThreshold = 3;

    /** IANA zone for the organization's calendars; each person may override it. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone = "UTC";

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
