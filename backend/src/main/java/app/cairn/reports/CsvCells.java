package app.cairn.reports;

import java.math.BigDecimal;

/**
 * Values as CSV cells: numbers plain, dates and times ISO-8601, and text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe (OWASP's
 * advice against CSV injection).
 */
final class CsvCells {

    private CsvCells() {}

    static String cell(Object value) {
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

    static String text(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
