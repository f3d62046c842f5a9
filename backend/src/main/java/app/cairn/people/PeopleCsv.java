package app.cairn.people;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.web.CsvCells;
import app.cairn.people.PersonRepository.ExportRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The people CSV (docs/people-import.md): one header row naming the columns, in any order, then one
 * person a row. The export writes the same columns, so an exported file imports without a change.
 * Parsing is Apache Commons CSV (RFC 4180: quoted cells, commas and line breaks inside quotes).
 */
final class PeopleCsv {

    /** The largest file an import reads (bytes). */
    static final int MAX_BYTES = 1024 * 1024;

    /** The most people one import takes. */
    static final int MAX_ROWS = 2000;

    enum Column {
        EMAIL("email"),
        NAME("name"),
        TITLE("title"),
        TEAM("team"),
        MANAGER_EMAIL("manager_email"),
        ROLE("role"),
        TIME_ZONE("time_zone");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    /** Other spellings a spreadsheet may use in the header (compared lower-case, spaces as `_`). */
    private static final Map<String, Column> ALIASES = Map.ofEntries(
            Map.entry("e_mail", Column.EMAIL),
            Map.entry("email_address", Column.EMAIL),
            Map.entry("full_name", Column.NAME),
            Map.entry("job_title", Column.TITLE),
            Map.entry("team_name", Column.TEAM),
            Map.entry("manager", Column.MANAGER_EMAIL),
            Map.entry("manager_e_mail", Column.MANAGER_EMAIL),
            Map.entry("managers_email", Column.MANAGER_EMAIL),
            Map.entry("managers_e_mail", Column.MANAGER_EMAIL),
            Map.entry("roles", Column.ROLE),
            Map.entry("timezone", Column.TIME_ZONE),
            Map.entry("zone", Column.TIME_ZONE));

    /** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells, blank as null. */
    record Line(int number, Map<Column, String> cells, int extraValues) {}

    /** The columns the header names and the data rows. */
    record Parsed(Set<Column> columns, List<Line> lines) {}

    private PeopleCsv() {}

    static Parsed parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiException.invalid("body", "is empty: send a CSV file with a header row");
        }
        if (body.length > MAX_BYTES) {
            throw ApiException.tooLarge("The CSV is " + body.length + " bytes; an import takes at most " + MAX_BYTES
                    + " bytes (about " + MAX_ROWS + " people). Split the file.");
        }
        String text = decode(body);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ApiException.invalid("body", "is not valid CSV (" + e.getMessage() + ")");
        }
        if (records.isEmpty()) {
            throw ApiException.invalid("body", "is empty: send a CSV file with a header row");
        }
        Map<Integer, Column> header = header(records.get(0));
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Line line = line(i + 1, records.get(i), header);
            if (line.cells().values().stream().anyMatch(v -> v != null) || line.extraValues() > 0) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            throw ApiException.invalid("body", "has a header but no people: add one row per person");
        }
        if (lines.size() > MAX_ROWS) {
            throw ApiException.invalid(
                    "body",
                    "has " + lines.size() + " people; an import takes at most " + MAX_ROWS + ": split the file");
        }
        Set<Column> columns = EnumSet.noneOf(Column.class);
        columns.addAll(header.values());
        return new Parsed(columns, lines);
    }

    /** Writes the rows with the import's header; text a spreadsheet would run as a formula is guarded. */
    static void write(Writer writer, List<ExportRow> rows) throws IOException {
        String[] header =
                java.util.Arrays.stream(Column.values()).map(c -> c.header).toArray(String[]::new);
        try (CSVPrinter printer = new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (ExportRow row : rows) {
                printer.printRecord(
                        CsvCells.cell(row.email()),
                        CsvCells.cell(row.name()),
                        CsvCells.cell(row.title()),
                        CsvCells.cell(row.team()),
                        CsvCells.cell(row.managerEmail()),
                        row.roles().contains(Role.ADMIN) ? Role.ADMIN.name() : Role.EMPLOYEE.name(),
                        CsvCells.cell(row.timeZone()));
            }
        }
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiException.invalid("body", "is not UTF-8 text: save the file as \"CSV UTF-8\"");
        }
    }

    private static Map<Integer, Column> header(CSVRecord record) {
        Map<Integer, Column> header = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<Column, String> seen = new EnumMap<>(Column.class);
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i);
            if (name.isBlank()) {
                continue;
            }
            Column column = column(name);
            if (column == null) {
                errors.add(new FieldError(
                        "header", "has an unknown column \"" + name + "\": the columns are " + knownColumns()));
            } else if (seen.containsKey(column)) {
                errors.add(new FieldError(
                        "header",
                        "names " + column.header + " twice (\"" + seen.get(column) + "\" and \"" + name + "\")"));
            } else {
                seen.put(column, name);
                header.put(i, column);
            }
        }
        for (Column required : List.of(Column.EMAIL, Column.NAME)) {
            if (!seen.containsKey(required)) {
                errors.add(new FieldError("header", "needs a column " + required.header));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return header;
    }

    private static Column column(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[\\s\\-]+", "_");
        for (Column column : Column.values()) {
            if (column.header.equals(key)) {
                return column;
            }
        }
        return ALIASES.get(key);
    }

    private static String knownColumns() {
        return String.join(
                ", ",
                java.util.Arrays.stream(Column.values()).map(c -> c.header).toList());
    }

    private static Line line(int number, CSVRecord record, Map<Integer, Column> header) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        header.values().forEach(column -> cells.put(column, null));
        int extra = 0;
        for (int i = 0; i < record.size(); i++) {
            Column column = header.get(i);
            String value = CsvCells.unguard(record.get(i).trim());
            if (column != null) {
                cells.put(column, value.isEmpty() ? null : value);
            } else if (!value.isEmpty()) {
                extra++;
            }
        }
        return new Line(number, cells, extra);
    }
}
