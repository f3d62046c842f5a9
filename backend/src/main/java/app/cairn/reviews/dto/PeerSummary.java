package app.cairn.reviews.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Anonymous answers aggregated per rater group. A group is released only when at least the"
                        + " organization's anonymity threshold answered and its answering is over; withheld groups reveal nothing.")
public record PeerSummary(
        @Schema(required = true) UUID reviewId,
        @Schema(required = true) int threshold,
        @Schema(required = true) List<Group> groups) {

    @Schema(description = "The answers of one rater group (PEER)")
    public record Group(
            @Schema(required = true) String group,
            @Schema(required = true) boolean released,

            @Schema(required = true, description = "Why it is withheld, or a note on the answers")
            String message,

            @Schema(description = "How many answered; only when released")
            Integer responses,

            @Schema(required = true) List<RatingSummary> ratings,
            @Schema(required = true) List<Comments> comments) {}

    @Schema(description = "Average and distribution of one rating question")
    public record RatingSummary(
            @Schema(required = true) UUID questionId,
            @Schema(required = true) String question,
            @Schema(required = true) boolean released,
            Integer responses,
            BigDecimal average,
            @Schema(required = true) List<Bucket> distribution,
            Integer notRated) {}

    @Schema(description = "Unattributed comments on one question, in an order that says nothing about who wrote them")
    public record Comments(
            @Schema(required = true) UUID questionId,
            @Schema(required = true) String question,
            @Schema(required = true) List<String> comments) {}

    @Schema(description = "How many ratings fell on one scale point")
    public record Bucket(
            @Schema(required = true) int value,
            @Schema(required = true) String label,
            @Schema(required = true) long count) {}
}
