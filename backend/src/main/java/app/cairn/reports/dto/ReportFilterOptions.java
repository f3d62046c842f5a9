package app.cairn.reports.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The managers and teams a caller may narrow their reports to. */
@Schema(description = "The managers and teams the caller's reports may be narrowed to (within their scope)")
public record ReportFilterOptions(
        @Schema(required = true, description = "People in scope with active reports, by name")
        List<ManagerOption> managers,

        @Schema(required = true, description = "Teams with someone in scope, by name")
        List<TeamOption> teams) {

    @Schema(description = "A manager in the caller's scope")
    public record ManagerOption(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(nullable = true) String title,
            @Schema(nullable = true) String team,

            @Schema(required = true, description = "Active direct reports")
            int reports) {}

    @Schema(description = "A team with someone in the caller's scope")
    public record TeamOption(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name) {}
}
