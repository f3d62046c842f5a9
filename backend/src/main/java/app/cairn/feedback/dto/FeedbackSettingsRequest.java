package app.cairn.feedback.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The organization's feedback settings; send the version you loaded")
public record FeedbackSettingsRequest(
        @Schema(required = true, description = "Givers may choose PRIVATE (the recipient only)")
        @NotNull(message = "is required")
        Boolean allowPrivate,

        @Schema(required = true, description = "Givers may choose MANAGERS (the recipient and their managers)")
        @NotNull(message = "is required")
        Boolean allowManagers,

        @Schema(required = true, description = "Public praise on the wall is on") @NotNull(message = "is required")
        Boolean publicPraise,

        @Schema(description = "Hint for the situation part of the compose form; empty for the built-in text")
        @Size(max = 500, message = "must be at most 500 characters")
        String guidanceSituation,

        @Schema(description = "Hint for the behaviour part; empty for the built-in text")
        @Size(max = 500, message = "must be at most 500 characters")
        String guidanceBehaviour,

        @Schema(description = "Hint for the impact part; empty for the built-in text")
        @Size(max = 500, message = "must be at most 500 characters")
        String guidanceImpact,

        @Schema(required = true, description = "The version you loaded")
        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
