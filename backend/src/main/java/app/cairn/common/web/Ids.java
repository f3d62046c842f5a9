package app.cairn.common.web;

import app.cairn.common.error.ApiException;
import java.util.UUID;

/** Ids arrive as text in query strings; a malformed one is a 400 naming the parameter. */
public final class Ids {

    private Ids() {}

    public static UUID parseOptional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "must be an id (UUID)");
        }
    }
}
