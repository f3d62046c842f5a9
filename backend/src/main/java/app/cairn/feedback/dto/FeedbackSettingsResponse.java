package app.cairn.feedback.dto;

import app.cairn.feedback.FeedbackVisibility;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the organization allows for feedback, and the guidance givers see")
public record FeedbackSettingsResponse(
        @Schema(required = true) boolean allowPrivate,
        @Schema(required = true) boolean allowManagers,
        @Schema(required = true) boolean publicPraise,

        @Schema(required = true, description = "The visibilities a giver may choose now, in this order")
        List<FeedbackVisibility> allowedVisibilities,

        @Schema(required = true, description = "The situation–behaviour–impact hints of the compose form")
        Guidance guidance,

        @Schema(required = true) int version) {

    @Schema(description = "Hints for each part of situation–behaviour–impact feedback")
    public record Guidance(
            @Schema(required = true) String situation,
            @Schema(required = true) String behaviour,
            @Schema(required = true) String impact) {}
}
