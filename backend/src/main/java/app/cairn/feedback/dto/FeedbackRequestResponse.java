package app.cairn.feedback.dto;

import app.cairn.common.web.Ref;
import app.cairn.feedback.RequestStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A request for feedback addressed to one person")
public record FeedbackRequestResponse(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "Shared by the requests created together")
        UUID groupId,

        @Schema(required = true) Ref requester,

        @Schema(required = true, description = "Who the feedback is about")
        Ref subject,

        @Schema(required = true, description = "Who is asked")
        Ref responder,

        @Schema(required = true) String prompt,
        LocalDate dueOn,

        @Schema(required = true, description = "Pending after its due day, in the responder's calendar")
        boolean overdue,

        @Schema(required = true) RequestStatus status,
        @Schema(required = true) Instant createdAt,
        Instant answeredAt,
        Instant declinedAt,
        String declineReason,

        @Schema(description = "The answer (GET /feedback/{id}), once answered")
        UUID feedbackId) {}
