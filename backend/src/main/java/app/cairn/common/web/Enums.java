package app.cairn.common.web;

import app.cairn.common.error.ApiException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values arrive as text in query strings; an unknown one is a 400 naming the parameter. */
public final class Enums {

    private Enums() {}

    public static <E extends Enum<E>> E parseOptional(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "must be one of " + values(type));
        }
    }

    public static <E extends Enum<E>> List<E> parseAll(String field, List<String> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> parseOptional(field, v, type))
                .filter(v -> v != null)
                .toList();
    }

    private static String values(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
