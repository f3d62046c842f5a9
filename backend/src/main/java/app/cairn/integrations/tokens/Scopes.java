package app.cairn.integrations.tokens;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.ApiArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Parsing and checking `area:read|write` scopes. */
public final class Scopes {

    private Scopes() {}

    /** Every scope there is, for the API document and the SPA. */
    public static List<String> all() {
        List<String> all = new ArrayList<>();
        for (ApiArea area : ApiArea.values()) {
            all.add(area.key() + ":read");
            all.add(area.key() + ":write");
        }
        return all;
    }

    /** The scopes, validated (400 naming `field` for an unknown one), sorted and without repeats. */
    public static Set<String> validate(List<String> scopes, String field) {
        if (scopes == null || scopes.isEmpty()) {
            throw ApiException.invalid(field, "must name at least one scope, e.g. objectives:read");
        }
        Set<String> valid = new TreeSet<>();
        for (int i = 0; i < scopes.size(); i++) {
            String scope = scopes.get(i) == null ? "" : scopes.get(i).trim();
            if (!isKnown(scope)) {
                throw ApiException.invalid(
                        field + "[" + i + "]",
                        "is not a scope: use AREA:read or AREA:write, AREA one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(ApiArea.values())
                                                .map(ApiArea::key)
                                                .toList()));
            }
            valid.add(scope);
        }
        return valid;
    }

    public static boolean isKnown(String scope) {
        int colon = scope.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String access = scope.substring(colon + 1);
        return (access.equals("read") || access.equals("write"))
                && ApiArea.byKey(scope.substring(0, colon)).isPresent();
    }

    /** True when `granted` (write including read) covers `scope`. */
    public static boolean covers(Set<String> granted, String scope) {
        return granted.contains(scope)
                || (scope.endsWith(":read") && granted.contains(scope.substring(0, scope.length() - 5) + ":write"));
    }

    public static Set<String> parse(String stored) {
        return stored == null || stored.isBlank()
                ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(stored.trim().split(" ")));
    }

    public static String format(Set<String> scopes) {
        return String.join(" ", scopes);
    }
}
