package app.cairn.cascade.dto;

import app.cairn.common.web.Ref;
import app.cairn.objectives.Health;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.ObjectiveStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "The objective cascade of a period: nodes in depth-first order (company goals first), and a summary")
public record CascadeResponse(
        @Schema(description = "The period shown; null when the organization has no period yet")
        PeriodInfo period,

        @Schema(description = "The moment the cascade is shown as of; null for now")
        Instant asOf,

        @Schema(
                required = true,
                description =
                        "Visible objectives, depth-first; a node's parentId is the previous" + " node of lower depth")
        List<Node> nodes,

        @Schema(required = true) Summary summary) {

    @Schema(name = "CascadePeriod")
    public record PeriodInfo(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) LocalDate startDate,
            @Schema(required = true) LocalDate endDate) {}

    @Schema(name = "CascadeNode")
    public record Node(
            @Schema(required = true) UUID id,

            @Schema(description = "The node it aligns to; null for a root of the shown tree")
            UUID parentId,

            @Schema(required = true) String title,
            @Schema(required = true) ObjectiveLevel level,
            @Schema(required = true) Ref owner,
            Ref team,
            @Schema(required = true) ObjectiveStatus status,
            @Schema(required = true) Health health,
            @Schema(required = true) BigDecimal progress,
            @Schema(required = true) BigDecimal weight,

            @Schema(
                    description = "Its share of its parent's roll-up in %, null when it does not count (draft,"
                            + " cancelled) or has no parent")
            BigDecimal contributionPercent,

            @Schema(required = true, description = "All aligned children, including hidden ones")
            int childCount,

            @Schema(required = true, description = "Children the caller may not see; they still count in progress")
            int hiddenChildCount,

            @Schema(required = true, description = "0 for the roots of the shown tree")
            int depth,

            @Schema(required = true, description = "Matches the team or person filter (false without one)")
            boolean match,

            @Schema(required = true, description = "The caller may open the objective")
            boolean canOpen,

            @Schema(description = "Weekly progress over the period, when asked for with series=true")
            List<BigDecimal> series) {}

    @Schema(name = "CascadeSummary")
    public record Summary(
            @Schema(
                    required = true,
                    description = "Visible objectives the filters select, at any depth (also those deeper than"
                            + " the nodes returned); the counts and averages below are over the same objectives")
            int nodeCount,

            @Schema(required = true) Map<Health, Long> byHealth,
            @Schema(required = true) Map<ObjectiveStatus, Long> byStatus,
            @Schema(required = true) Map<ObjectiveLevel, BigDecimal> averageProgressByLevel,
            @Schema(required = true) Coverage coverage) {}

    @Schema(name = "CascadeCoverage", description = "How much of the period's work reaches a company goal")
    public record Coverage(
            @Schema(required = true, description = "Team and individual objectives (not cancelled) in the period")
            int alignableCount,

            @Schema(required = true, description = "Those whose alignment path reaches a company goal")
            int alignedCount,

            @Schema(required = true, description = "alignedCount / alignableCount in %")
            BigDecimal alignedPercent,

            @Schema(required = true, description = "Company goals nothing aligns to")
            List<Ref> unsupportedGoals,

            @Schema(required = true, description = "Team and individual objectives aligned to nothing")
            List<Unaligned> unalignedObjectives) {}

    @Schema(name = "CascadeUnaligned")
    public record Unaligned(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) ObjectiveLevel level,
            @Schema(required = true) Ref owner) {}
}
