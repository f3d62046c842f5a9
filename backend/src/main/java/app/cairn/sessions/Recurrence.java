package app.cairn.sessions;

import java.time.Instant;
import java.time.ZoneOffset;

/** How a session repeats. Steps are taken in UTC, so the time of day stays the same in UTC. */
public enum Recurrence {
    NONE(null),
    WEEKLY("FREQ=WEEKLY"),
    FORTNIGHTLY("FREQ=WEEKLY;INTERVAL=2"),
    MONTHLY("FREQ=MONTHLY");

    private final String rrule;

    Recurrence(String rrule) {
        this.rrule = rrule;
    }

    /** The iCalendar RRULE value, or null when the session does not repeat. */
    public String rrule() {
        return rrule;
    }

    public Instant next(Instant start) {
        var utc = start.atOffset(ZoneOffset.UTC);
        return switch (this) {
            case NONE -> start;
            case WEEKLY -> utc.plusWeeks(1).toInstant();
            case FORTNIGHTLY -> utc.plusWeeks(2).toInstant();
            case MONTHLY -> utc.plusMonths(1).toInstant();
        };
    }
}
