package app.cairn.checkins.dto;

import app.cairn.objectives.Health;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A check-in on the objective itself. `progress` only when neither key results nor aligned"
                + " children drive it; health, confidence and comment always.")
public record ObjectiveCheckInRequest(
        @Schema(examples = "45")
        @DecimalMin(value = "0", message = "must be between 0 and 100")
        @DecimalMax(value = "100", message = "must be between 0 and 100")
        @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal progress,

        @Schema(examples = "AT_RISK") Health health,

        @Schema(examples = "6")
        @Min(value = 1, message = "must be between 1 and 10")
        @Max(value = 10, message = "must be between 1 and 10")
        Integer confidence,

        @Schema(examples = "Hiring for the pipeline team slipped two weeks; the rest is on plan.")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String comment) {}
