package app.cairn.people;

import app.cairn.common.error.FieldError;
import app.cairn.people.PeopleCsv.Column;
import app.cairn.people.dto.PeopleImportResponse;
import app.cairn.people.dto.PeopleImportResponse.Action;
import app.cairn.people.dto.PeopleImportResponse.CellError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What an import would do to each row of the file, worked out by {@link ImportPlanner} without writing. */
final class ImportPlan {

    /** One row: the person it is about (existing or to be created) and their state after the import. */
    static final class Row {
        final int number;
        final List<CellError> errors = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        Person existing;
        UUID id;
        String email;
        String name;
        String title;
        UUID teamId;
        UUID managerId;
        Set<Role> roles;
        String timeZone;
        Action action;

        Row(int number) {
            this.number = number;
        }

        void error(Column column, String message) {
            errors.add(new CellError(column.header, message));
        }

        boolean valid() {
            return errors.isEmpty();
        }
    }

    final List<Row> rows;

    ImportPlan(List<Row> rows) {
        this.rows = rows;
    }

    boolean hasErrors() {
        return rows.stream().anyMatch(row -> !row.valid());
    }

    /** Every cell error as a problem+json field error: `row 5, manager_email`. */
    List<FieldError> fieldErrors() {
        return rows.stream()
                .flatMap(row -> row.errors.stream()
                        .map(e -> new FieldError("row " + row.number + ", " + e.column(), e.message())))
                .toList();
    }

    PeopleImportResponse response(boolean dryRun) {
        List<PeopleImportResponse.Row> lines = rows.stream()
                .map(r -> new PeopleImportResponse.Row(
                        r.number,
                        r.email,
                        r.name,
                        r.valid() ? r.action : Action.INVALID,
                        List.copyOf(r.changes),
                        List.copyOf(r.errors)))
                .toList();
        return new PeopleImportResponse(
                dryRun,
                count(lines, Action.CREATE),
                count(lines, Action.UPDATE),
                count(lines, Action.UNCHANGED),
                count(lines, Action.INVALID),
                lines);
    }

    private static int count(List<PeopleImportResponse.Row> lines, Action action) {
        return (int) lines.stream().filter(l -> l.action() == action).count();
    }
}
