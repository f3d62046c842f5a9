package app.cairn.feedback.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Public praise for someone in your organization, shown on the wall and their profile")
public record GivePraiseRequest(
        @Schema(required = true, description = "Who is praised: an active person of your organization, not you")
        @NotNull(message = "is required")
        UUID recipientId,

        @Schema(required = true, description = "The text: a Markdown subset, 1 to 5000 characters")
        @NotBlank(message = "must not be empty")
        @Size(max = FeedbackLimits.BODY, message = "must be at most 5000 characters")
        String body,

        @Schema(description = "Company values it shows (at most 5)")
        @Size(max = 5, message = "must have at most 5 values")
        List<@NotNull(message = "must not be null") UUID> valueIds,

        @Schema(description = "An objective it is about; you must be able to see it")
        UUID objectiveId) {}
