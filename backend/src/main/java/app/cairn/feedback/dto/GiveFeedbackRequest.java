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
        @Schema(
                required = true,
                description = "Who receives it: an active person of your organization, not you",
                examples = "3c8e1f5a-7b2d-4e9a-8c6f-2d1b0a9e8f7c")
        @NotNull(message = "is required")
        UUID recipientId,

        @Schema(
                required = true,
                description = "The text: a Markdown subset (see docs/feedback.md), 1 to 5000 characters",
                examples = "Your write-up of the outage was clear and calm: the timeline made the fix obvious.")
        @NotBlank(message = "must not be empty")
        @Size(max = FeedbackLimits.BODY, message = "must be at most 5000 characters")
        String body,

        @Schema(
                required = true,
                description = "PRIVATE, MANAGERS or PUBLIC, as your organization allows",
                examples = "MANAGERS")
        @NotNull(message = "is required")
        FeedbackVisibility visibility,

        @Schema(
                description = "Company values it shows (at most 5)",
                examples = "[\"8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b\"]")
        @Size(max = 5, message = "must have at most 5 values")
        List<@NotNull(message = "must not be null") UUID> valueIds,

        @Schema(description = "An objective it is about; you must be able to see it")
        UUID objectiveId,

        @Schema(description = "A 1:1 it is about; you must be one of its participants")
        UUID sessionId,

        @Schema(description = "A review cycle it is for; you must be able to see it")
        UUID cycleId) {}
