package app.cairn.sessions;

import java.time.ZonedDateTime;

/**
 * How a session repeats. Occurrences are counted from the series' first start in the organizer's
 * time zone: occurrence n is n weeks (or months) after it at the same local time, so daylight-saving
 * changes do not move it and a series on the 31st falls on the last day of shorter months and comes
 * back to the 31st.
 */
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

    /** The start of occurrence `n` (0 = the first) of a series that first started at `first`. */
    public ZonedDateTime occurrence(ZonedDateTime first, int n) {
        return switch (this) {
            case NONE -> first;
            case WEEKLY -> first.plusWeeks(n);
            case FORTNIGHTLY -> first.plusWeeks(2L * n);
            case MONTHLY -> first.plusMonths(n);
        };
    }
}
