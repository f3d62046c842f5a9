package app.cairn.reminders;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** An admin's reminder rule: trigger and offset, who is reminded, how, and the quiet hours. */
@Entity
@Table(name = "reminder_rules")
public class ReminderRule extends TenantEntity {

    @Enumerated(EnumType.STRING)
    public ReminderTrigger trigger;

    @Column(name = "offset_value")
    public int offset;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "quiet_start")
    public LocalTime quietStart;

    @Column(name = "quiet_end")
    public LocalTime quietEnd;

    public boolean enabled = true;

    public enum Audience {
        SUBJECT,
        MANAGER,
        BOTH
    }

    public enum Channel {
        IN_APP,
        EMAIL,
        BOTH
    }

    /** True when `time` (in the recipient's zone) falls in the quiet hours, which may span midnight. */
    public boolean quietAt(LocalTime time) {
        if (quietStart == null || quietEnd == null || quietStart.equals(quietEnd)) {
            return false;
        }
        return quietStart.isBefore(quietEnd)
                ? !time.isBefore(quietStart) && time.isBefore(quietEnd)
                : !time.isBefore(quietStart) || time.isBefore(quietEnd);
    }
}
