package app.cairn.people.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a people import did or, with dryRun, would do: counts and one entry per row")
public record PeopleImportResponse(
        @Schema(required = true, description = "True for a preview: nothing was saved")
        boolean dryRun,

        @Schema(required = true, description = "People added")
        int created,

        @Schema(required = true, description = "People whose team, manager, role, title, name or zone changed")
        int updated,

        @Schema(required = true, description = "Rows that match the directory already")
        int unchanged,

        @Schema(required = true, description = "Rows with errors (a real import saves only when this is 0)")
        int invalid,

        @Schema(required = true) List<Row> rows) {

    public enum Action {
        CREATE,
        UPDATE,
        UNCHANGED,
        INVALID
    }

    @Schema(name = "PeopleImportRow", description = "One row of the file and what happens to it")
    public record Row(
            @Schema(required = true, description = "The row number as a spreadsheet shows it (the header is row 1)")
            int row,

            String email,
            String name,
            @Schema(required = true) Action action,

            @Schema(
                    required = true,
                    description = "The columns that change for an existing person (UPDATE), else empty")
            List<String> changes,

            @Schema(required = true, description = "What is wrong in this row, per column")
            List<CellError> errors) {}

    @Schema(name = "PeopleImportCellError", description = "A problem with one cell of the file")
    public record CellError(
            @Schema(required = true, description = "The column, as the export names it (e.g. manager_email)")
            String column,

            @Schema(required = true) String message) {}
}
