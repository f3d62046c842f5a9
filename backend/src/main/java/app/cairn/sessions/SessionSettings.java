package app.cairn.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An organization's session settings; a missing row means the defaults. */
@Entity
@Table(name = "session_settings")
public class SessionSettings {

    public static final int DEFAULT_INTERVAL_DAYS = 14;
    public static final int DEFAULT_LOCK_AFTER_DAYS = 7;

    @Id
    @Column(name = "org_id")
    public UUID orgId;

    @Column(name = "default_interval_days")
    public int defaultIntervalDays = DEFAULT_INTERVAL_DAYS;

    @Column(name = "lock_after_days")
    public int lockAfterDays = DEFAULT_LOCK_AFTER_DAYS;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
