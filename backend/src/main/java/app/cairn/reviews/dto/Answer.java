package app.cairn.reviews.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The answer to one question: a rating (or not rated), a text, or a rating per objective")
public record Answer(
        @Schema(required = true) @NotNull(message = "is required")
        UUID questionId,

        @Schema(description = "A value of the template's scale (RATING)")
        Integer rating,

        @Schema(description = "Answered as \"not rated\" (when the template allows it)")
        Boolean notRated,

        @Schema(description = "Free text (TEXT, or a comment on a rating)")
        @Size(max = 10000, message = "must be at most 10000 characters")
        String text,

        @Schema(description = "For OBJECTIVES questions") @Size(max = 100, message = "must have at most 100 items")
        List<@Valid ObjectiveRating> objectiveRatings) {

    @Schema(description = "The rating of one of the reviewee's objectives")
    public record ObjectiveRating(
            @Schema(required = true) @NotNull(message = "is required")
            UUID objectiveId,

            Integer rating,
            Boolean notRated) {}
}
