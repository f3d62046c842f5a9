package app.cairn.organizations;

import app.cairn.common.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A tenant: a company using Cairn. */
@Entity
@Table(name = "organizations")
@EntityListeners(Timestamps.class)
public class Organization implements Timestamps.Stamped {

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

    /** An active objective without a check-in for this many days is due one, and stale in reports. */
    @Column(name = "check_in_cadence_days", nullable = false)
    public int checkInCadenceDays = 14;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    @Override
    public void stampCreated(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    @Override
    public void stampUpdated(Instant now) {
        updatedAt = now;
    }
}
