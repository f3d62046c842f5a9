package app.cairn.common.csv;

import java.math.BigDecimal;

/**
 * Values as CSV cells: numbers plain, dates and times ISO-8601, and text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe (OWASP's
 * advice against CSV injection).
 */
public final class CsvCells {

    private CsvCells() {}

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        return text(value.toString());
    }

    public static String text(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** Undoes {@link #text}: an apostrophe before a formula character goes (an exported file imports as it was). */
    public static String unguard(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }
}
