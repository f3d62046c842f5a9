package app.cairn.common.web;

import app.cairn.common.error.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates (`2026-11-30`) in query strings; anything else is a 400 naming the parameter. */
public final class Dates {

    private Dates() {}

    public static LocalDate parseOptional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < 1900 || date.getYear() > 9000) {
                throw ApiException.invalid(field, "must be a date between 1900 and 9000");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an ISO date like 2026-11-30");
        }
    }
}
