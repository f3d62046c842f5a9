package app.cairn.objectives.dto;

import app.cairn.common.web.Ref;
import app.cairn.objectives.Health;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.ObjectiveStatus;
import app.cairn.objectives.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "An objective with its key results, aligned children, alignment path and the caller's permissions")
public record ObjectiveResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        String description,
        @Schema(required = true) ObjectiveLevel level,
        @Schema(required = true) ObjectiveStatus status,
        @Schema(required = true) Health health,
        @Schema(required = true) BigDecimal progress,

        @Schema(
                required = true,
                enumeration = {"KEY_RESULTS", "CHILDREN", "CHECK_INS"},
                description = "What drives progress")
        String progressSource,

        @Schema(required = true) Visibility visibility,
        @Schema(required = true) BigDecimal weight,
        @Schema(required = true) Ref period,
        @Schema(required = true) Ref owner,
        Ref team,
        @Schema(required = true) Ref author,

        @Schema(description = "The objective it aligns to, when visible")
        Ref parent,

        LocalDate startDate,
        LocalDate dueDate,
        Instant proposedAt,

        @Schema(description = "Why the manager returned the draft")
        String returnComment,

        Instant lastCheckInAt,
        @Schema(required = true) List<KeyResultResponse> keyResults,
        @Schema(required = true) Children children,
        @Schema(required = true) Alignment alignment,
        @Schema(required = true) Permissions permissions,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    @Schema(name = "ObjectiveChildren", description = "Aligned children; hidden ones are counted, never shown")
    public record Children(
            @Schema(required = true) int count,
            @Schema(required = true) int hiddenCount,
            @Schema(required = true) List<Child> items) {}

    @Schema(name = "ObjectiveChild")
    public record Child(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) ObjectiveLevel level,
            @Schema(required = true) Ref owner,
            @Schema(required = true) ObjectiveStatus status,
            @Schema(required = true) Health health,
            @Schema(required = true) BigDecimal progress,
            @Schema(required = true) BigDecimal weight,

            @Schema(
                    description = "Its weight / the sum of its rolled-up siblings' weights, in %; null when it"
                            + " does not count (draft, cancelled, archived)")
            BigDecimal contributionPercent) {}

    @Schema(name = "ObjectiveAlignment", description = "The path up to the company goal, company goal first")
    public record Alignment(
            @Schema(required = true) List<AlignmentStep> path,

            @Schema(required = true, description = "The path reaches a company objective")
            boolean reachesCompanyGoal,

            @Schema(required = true, description = "An ancestor the caller may not see cuts the path")
            boolean hiddenAncestor) {}

    @Schema(name = "AlignmentStep")
    public record AlignmentStep(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) ObjectiveLevel level,
            @Schema(required = true) Ref owner,
            @Schema(required = true) BigDecimal progress,
            @Schema(required = true) Health health,
            @Schema(required = true) ObjectiveStatus status) {}

    @Schema(name = "ObjectivePermissions", description = "What the caller may do with this objective")
    public record Permissions(
            @Schema(required = true) boolean canEdit,
            @Schema(required = true) boolean canCheckIn,
            @Schema(required = true) boolean canPropose,
            @Schema(required = true) boolean canApprove,
            @Schema(required = true) boolean canReturn,
            @Schema(required = true) boolean canComplete,
            @Schema(required = true) boolean canCancel,
            @Schema(required = true) boolean canArchive,
            @Schema(required = true) boolean canCascade,

            @Schema(required = true, description = "Reopen a completed or cancelled objective (it becomes ACTIVE)")
            boolean canReopen,

            @Schema(required = true, description = "Bring an archived objective back to its status before archiving")
            boolean canUnarchive) {}
}
