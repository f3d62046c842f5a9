package app.cairn.common.web;

import app.cairn.common.error.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Times arrive as text in query strings; a malformed or out-of-range one is a 400 naming the parameter. */
public final class Instants {

    /** The range the database stores faithfully: the years 1 to 9999. */
    public static final Instant FIRST = LocalDate.of(1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    public static final Instant LAST = LocalDate.of(10000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private Instants() {}

    public static Instant parseOptional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return checked(field, Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an ISO-8601 UTC time, e.g. 2026-11-26T09:00:00Z");
        }
    }

    /** `instant` when it lies in the years 1 to 9999; else a 400 naming `field`. */
    public static Instant checked(String field, Instant instant) {
        if (!inRange(instant)) {
            throw ApiException.invalid(field, "must be between the years 1 and 9999");
        }
        return instant;
    }

    public static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST) && instant.isBefore(LAST);
    }
}
