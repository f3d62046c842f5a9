package app.cairn.feedback.dto;

import app.cairn.feedback.FeedbackVisibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The answer to a feedback request: feedback about its subject; the asker always reads it")
public record AnswerRequest(
        @Schema(required = true, description = "The text: a Markdown subset, 1 to 5000 characters")
        @NotBlank(message = "must not be empty")
        @Size(max = FeedbackLimits.BODY, message = "must be at most 5000 characters")
        String body,

        @Schema(description = "PRIVATE (default) or MANAGERS, as your organization allows; never PUBLIC")
        FeedbackVisibility visibility,

        @Schema(description = "Company values it shows (at most 5)")
        @Size(max = 5, message = "must have at most 5 values")
        List<@NotNull(message = "must not be null") UUID> valueIds) {}
