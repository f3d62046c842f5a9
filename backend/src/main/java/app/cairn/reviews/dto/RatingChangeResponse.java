package app.cairn.reviews.dto;

import app.cairn.common.web.Ref;
import app.cairn.reviews.RatingChangeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An audited change of an overall rating")
public record RatingChangeResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) RatingChangeKind kind,
        @Schema(required = true) Ref actor,
        BigDecimal fromRating,
        @Schema(required = true) BigDecimal toRating,
        @Schema(required = true) String reason,
        @Schema(required = true) Instant createdAt) {}
