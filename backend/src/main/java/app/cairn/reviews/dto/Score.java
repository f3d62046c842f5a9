package app.cairn.reviews.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "The overall score: the formula, its terms, and the rating that counts after any override or calibration")
public record Score(
        @Schema(
                description =
                        "The formula in words: for those who calibrate (admins, the manager's managers); null for others")
        String formula,

        @Schema(
                description =
                        "The formula's result over the manager's answers; none before any rating, and none for the reviewee")
        BigDecimal calculated,

        @Schema(description = "The rating that counts") BigDecimal overall,

        @Schema(required = true, description = "The overall rating differs from the formula (override or calibration)")
        boolean adjusted,

        @Schema(required = true, description = "The formula's terms: for those who calibrate; empty for others")
        List<Term> terms) {

    @Schema(description = "One question's part in the formula")
    public record Term(
            @Schema(required = true) UUID questionId,
            @Schema(required = true) String question,
            @Schema(required = true) BigDecimal weight,

            @Schema(
                    description =
                            "The rating (the mean of the objective ratings for an objectives question); none when not rated")
            BigDecimal rating) {}
}
