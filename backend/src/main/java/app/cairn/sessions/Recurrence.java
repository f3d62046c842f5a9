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

    /**
     * The RRULE of a series that first started at `first` (in the zone its times are written in): a
     * monthly series on the 29th to 31st takes the last of those days a month has, as {@link
     * #occurrence} does (a plain FREQ=MONTHLY would skip the months without that day).
     */
    public String rrule(ZonedDateTime first) {
        int day = first.getDayOfMonth();
        if (this != MONTHLY || day <= 28) {
            return rrule;
        }
        StringBuilder days = new StringBuilder("28");
        for (int d = 29; d <= day; d++) {
            days.append(',').append(d);
        }
        return rrule + ";BYMONTHDAY=" + days + ";BYSETPOS=-1";
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
