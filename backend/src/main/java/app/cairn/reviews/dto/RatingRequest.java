package app.cairn.reviews.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new overall rating with the reason for it (audited); send the review's version")
public record RatingRequest(
        @Schema(description = "Within the template's scale, at most 2 decimals")
        @NotNull(message = "is required")
        @Digits(integer = 4, fraction = 2, message = "must be within the template's scale, with at most 2 decimals")
        BigDecimal rating,

        @NotBlank(message = "give a reason") @Size(max = 2000, message = "must be at most 2000 characters")
        String reason,

        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
