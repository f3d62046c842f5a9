package app.cairn.common.web;

import app.cairn.common.error.ApiException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Values as CSV cells: numbers plain, dates and times ISO-8601, and text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe (OWASP's
 * advice against CSV injection); and {@link #stream} writes a whole export as RFC 4180 CSV (UTF-8, header
 * row) row by row, so an export of any size never sits in memory. Reports and the audit log share it.
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

    /** Writes one row: its values in column order. */
    @FunctionalInterface
    public interface Row {
        void write(List<?> values) throws IOException;
    }

    /** Produces the rows of an export, one by one. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Row row) throws IOException;
    }

    /** The header and the rows as a streamed RFC 4180 CSV body, every cell formula-guarded. */
    public static StreamingOutput stream(List<String> header, Rows rows) {
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader(header.stream().map(CsvCells::text).toArray(String[]::new))
                    .get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                // the header goes out at once: the download starts while the query runs
                printer.flush();
                rows.writeTo(values -> {
                    for (Object value : values) {
                        printer.print(cell(value));
                    }
                    printer.println();
                });
            }
        };
    }

    public static final String MEDIA_TYPE = "text/csv";

    /**
     * Whether the caller asked for CSV: `format=csv` (400 naming `format` unless csv or json), else an
     * `Accept` header whose first choice is text/csv.
     */
    public static boolean requested(HttpHeaders headers, String format) {
        if (format != null && !format.isBlank()) {
            if (format.equalsIgnoreCase("csv")) {
                return true;
            }
            if (!format.equalsIgnoreCase("json")) {
                throw ApiException.invalid("format", "must be csv or json");
            }
            return false;
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty()
                && accepted.get(0).isCompatible(MediaType.valueOf(MEDIA_TYPE))
                && !accepted.get(0).isWildcardType();
    }
}
