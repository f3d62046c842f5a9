package app.cairn.reviews.dto;

import app.cairn.reviews.ReviewState;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many reviews of a cycle are in each state")
public record CycleProgress(
        @Schema(required = true) UUID cycleId,
        @Schema(required = true) long total,

        @Schema(required = true, description = "Every state, in order, with its count")
        List<StateCount> states,

        @Schema(required = true) long selfReviewsSubmitted,
        @Schema(required = true) long managerReviewsSubmitted) {

    @Schema(description = "A state and how many reviews are in it")
    public record StateCount(
            @Schema(required = true) ReviewState state,
            @Schema(required = true) long count) {}
}
