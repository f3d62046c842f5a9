package app.cairn.feedback.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Public praise for someone in your organization, shown on the wall and their profile")
public record GivePraiseRequest(
        @Schema(
                required = true,
                description = "Who is praised: an active person of your organization, not you",
                examples = "3c8e1f5a-7b2d-4e9a-8c6f-2d1b0a9e8f7c")
        @NotNull(message = "is required")
        UUID recipientId,

        @Schema(
                required = true,
                description = "The text: a Markdown subset, 1 to 5000 characters",
                examples = "Thanks for staying late to get the canary stage over the line, **Erin**!")
        @NotBlank(message = "must not be empty")
        @Size(max = FeedbackLimits.BODY, message = "must be at most 5000 characters")
        String body,

        @Schema(
                description = "Company values it shows (at most 5)",
                examples = "[\"8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b\"]")
        @Size(max = 5, message = "must have at most 5 values")
        List<@NotNull(message = "must not be null") UUID> valueIds,

        @Schema(
                description = "An objective it is about; you must be able to see it",
                examples = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e")
        UUID objectiveId) {}
