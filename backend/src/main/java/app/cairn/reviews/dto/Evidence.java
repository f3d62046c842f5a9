package app.cairn.reviews.dto;

import app.cairn.common.web.Ref;
import app.cairn.feedback.dto.FeedbackResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "What the reviewee did in the period, as links and summaries: their objectives with final progress and"
                        + " check-in history, the completed 1:1s the caller took part in, and the feedback and"
                        + " praise the reviewee received that the caller may read")
public record Evidence(
        @Schema(required = true) UUID reviewId,
        @Schema(required = true) Ref period,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        @Schema(required = true) List<ObjectiveEvidence> objectives,

        @Schema(
                required = true,
                description = "Completed 1:1s in the period between the reviewee and the caller (a session's"
                        + " content is for its participants only), oldest first")
        List<OneToOneEvidence> oneToOnes,

        @Schema(
                required = true,
                description = "Feedback and praise the reviewee received in the period that the caller may read"
                        + " (the feedback rules apply: private feedback only for its giver and recipient), oldest"
                        + " first, at most 100")
        List<FeedbackResponse> feedback) {

    @Schema(description = "A completed 1:1 in short: its shared notes and action items")
    public record OneToOneEvidence(
            @Schema(required = true) UUID id,
            @Schema(required = true) Instant startsAt,

            @Schema(required = true, description = "The other participant, seen from the reviewee")
            Ref with,

            @Schema(description = "The shared notes, cut to 300 characters")
            String sharedNotes,

            @Schema(required = true) List<ActionItemSummary> actionItems,

            @Schema(required = true, description = "The session's address in the API")
            String link) {}

    @Schema(description = "An action item of a 1:1")
    public record ActionItemSummary(
            @Schema(required = true) String title,
            @Schema(required = true) String assignee,
            @Schema(required = true) boolean done) {}

    @Schema(description = "One objective of the reviewee in the period")
    public record ObjectiveEvidence(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String level,
            @Schema(required = true) String status,
            @Schema(required = true) String health,

            @Schema(required = true, description = "Progress now (final progress once the objective ended)")
            BigDecimal progress,

            LocalDate dueDate,

            @Schema(required = true, description = "The objective's address in the API")
            String link,

            @Schema(required = true) long checkInCount,
            Instant lastCheckInAt,

            @Schema(required = true, description = "The latest check-ins, newest first (at most 5)")
            List<CheckInSummary> recentCheckIns) {}

    @Schema(description = "A check-in in short")
    public record CheckInSummary(
            @Schema(required = true) Instant at,
            @Schema(required = true) String author,
            BigDecimal progress,
            String health,

            @Schema(description = "The comment, cut to 200 characters")
            String comment) {}
}
