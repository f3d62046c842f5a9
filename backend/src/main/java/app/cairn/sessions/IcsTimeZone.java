package app.cairn.sessions;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for a zone, so that a calendar expands a series' RRULE in the
 * organizer's wall time (09:00 stays 09:00 across daylight-saving changes). It lists the zone's actual
 * offset changes over the feed's window instead of yearly rules: exact for every zone, whatever its
 * history.
 */
final class IcsTimeZone {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcsTimeZone() {}

    /** True when times in the zone can be written in UTC with the same meaning. */
    static boolean isUtc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC);
    }

    /** Writes the VTIMEZONE for `zone`, covering `from` to `to`. */
    static void write(IcsWriter ics, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        ics.line("BEGIN", "VTIMEZONE").line("TZID", zone.getId());
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        ZoneOffsetTransition before = rules.previousTransition(from);
        if (before != null) {
            changes.add(before);
        }
        for (ZoneOffsetTransition next = rules.nextTransition(from);
                next != null && next.getInstant().isBefore(to);
                next = rules.nextTransition(next.getInstant())) {
            changes.add(next);
        }
        if (changes.isEmpty()) {
            ZoneOffset offset = rules.getOffset(from);
            component(ics, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        }
        for (ZoneOffsetTransition change : changes) {
            boolean daylight = rules.isDaylightSavings(change.getInstant());
            component(
                    ics,
                    daylight ? "DAYLIGHT" : "STANDARD",
                    change.getDateTimeBefore(),
                    change.getOffsetBefore(),
                    change.getOffsetAfter());
        }
        ics.line("END", "VTIMEZONE");
    }

    private static void component(IcsWriter ics, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        ics.line("BEGIN", kind)
                .line("DTSTART", LOCAL.format(start))
                .line("TZOFFSETFROM", offset(from))
                .line("TZOFFSETTO", offset(to))
                .line("END", kind);
    }

    /** `+0100`, `-0430`, `+0545`. */
    private static String offset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        return String.format("%s%02d%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
    }
}
