package app.cairn.common.web;

import java.util.Locale;

/** Turns a search box's text into a case-insensitive LIKE pattern, with `%`, `_` and `\` taken literally. */
public final class SearchText {

    private SearchText() {}

    /** `50%_off` → `%50\%\_off%`, lower-cased; compare with `lower(column) like :q` (PostgreSQL escapes with `\`). */
    public static String containsPattern(String text) {
        String escaped = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
