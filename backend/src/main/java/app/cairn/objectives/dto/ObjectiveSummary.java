package app.cairn.objectives.dto;

import app.cairn.common.web.Ref;
import app.cairn.objectives.Health;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.ObjectiveStatus;
import app.cairn.objectives.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An objective in a list")
public record ObjectiveSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) ObjectiveLevel level,
        @Schema(required = true) ObjectiveStatus status,
        @Schema(required = true) Health health,
        @Schema(required = true) BigDecimal progress,
        @Schema(required = true) Visibility visibility,
        @Schema(required = true) BigDecimal weight,
        @Schema(required = true) Ref period,
        @Schema(required = true) Ref owner,
        Ref team,

        @Schema(description = "The objective it aligns to, when the caller may see it")
        UUID parentId,

        @Schema(description = "The company goal it ultimately supports, when visible")
        Ref companyGoal,

        LocalDate dueDate,
        Instant lastCheckInAt,
        Instant proposedAt,
        @Schema(required = true) long keyResultCount,
        @Schema(required = true) long childCount,
        @Schema(required = true) int version) {}
