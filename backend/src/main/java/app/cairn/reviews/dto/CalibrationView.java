package app.cairn.reviews.dto;

import app.cairn.common.web.Ref;
import app.cairn.reviews.ReviewState;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "A cycle's provisional ratings for calibration: each review and the distributions per team and manager")
public record CalibrationView(
        @Schema(required = true) UUID cycleId,
        @Schema(required = true) List<ScalePoint> scale,

        @Schema(
                required = true,
                description = "Reviews the caller may calibrate (all for admins, their branch for skip-level managers)")
        List<Entry> reviews,

        @Schema(required = true, description = "Rated reviews per scale point (ratings rounded to the nearest point)")
        List<PeerSummary.Bucket> distribution,

        @Schema(required = true) List<GroupDistribution> byTeam,
        @Schema(required = true) List<GroupDistribution> byManager) {

    @Schema(description = "One review in calibration")
    public record Entry(
            @Schema(required = true) UUID reviewId,
            @Schema(required = true) Ref reviewee,
            Ref team,
            Ref manager,
            @Schema(required = true) ReviewState state,
            BigDecimal calculatedRating,
            BigDecimal rating,
            @Schema(required = true) boolean adjusted,
            @Schema(required = true) boolean canAdjust,
            @Schema(required = true) int version) {}

    @Schema(description = "The distribution of one team's or one manager's rated reviews")
    public record GroupDistribution(
            Ref group,
            @Schema(required = true) long rated,
            BigDecimal average,
            @Schema(required = true) List<PeerSummary.Bucket> distribution) {}
}
