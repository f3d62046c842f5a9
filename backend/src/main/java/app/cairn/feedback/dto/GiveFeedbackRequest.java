package app.cairn.feedback.dto;

import app.cairn.feedback.FeedbackVisibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Feedback for someone in your organization")
public record GiveFeedbackRequest(
        @Schema(required = true, description = "Who receives it: an active person of your organization, not you")
        @NotNull(message = "is required")
        UUID recipientId,

        @Schema(
                required = true,
                description = "The text: a Markdown subset (see docs/feedback.md), 1 to 5000 characters")
        @NotBlank(message = "must not be empty")
        @Size(max = FeedbackLimits.BODY, message = "must be at most 5000 characters")
        String body,

        @Schema(required = true, description = "PRIVATE, MANAGERS or PUBLIC, as your organization allows")
        @NotNull(message = "is required")
        FeedbackVisibility visibility,

        @Schema(description = "Company values it shows (at most 5)")
        @Size(max = 5, message = "must have at most 5 values")
        List<@NotNull(message = "must not be null") UUID> valueIds,

        @Schema(description = "An objective it is about; you must be able to see it")
        UUID objectiveId,

        @Schema(description = "A 1:1 it is about; you must be one of its participants")
        UUID sessionId,

        @Schema(description = "A review cycle it is for; you must be able to see it")
        UUID cycleId) {}
