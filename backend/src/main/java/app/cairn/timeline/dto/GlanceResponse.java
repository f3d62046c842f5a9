package app.cairn.timeline.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Performance at a glance": a person's figures per period and per review cycle. */
@Schema(description = "A person's performance at a glance, limited to what the viewer may see")
public record GlanceResponse(
        @Schema(required = true) List<PeriodFigures> periods,
        @Schema(required = true) List<CycleRating> ratings,
        @Schema(required = true) OneToOnes oneToOnes) {

    @Schema(description = "The person's objectives in one period")
    public record PeriodFigures(
            @Schema(required = true) UUID periodId,
            @Schema(required = true) String name,
            @Schema(required = true) LocalDate startDate,
            @Schema(required = true) LocalDate endDate,
            @Schema(required = true) int objectives,
            @Schema(required = true) int completed,

            @Schema(nullable = true, description = "Average progress 0–100; null without objectives")
            BigDecimal averageProgress) {}

    @Schema(description = "The overall rating of a shared review in one cycle")
    public record CycleRating(
            @Schema(required = true) UUID cycleId,
            @Schema(required = true) String name,
            @Schema(required = true) Instant sharedAt,
            @Schema(nullable = true) BigDecimal rating) {}

    @Schema(description = "Completed sessions in the last 180 days the viewer may know of")
    public record OneToOnes(
            @Schema(required = true) int held,

            @Schema(nullable = true, description = "When the last one was held")
            Instant lastHeldAt,

            @Schema(nullable = true, description = "Average days between them; null with fewer than two")
            BigDecimal averageDaysBetween) {}
}
