package app.cairn.objectives.dto;

import app.cairn.objectives.KeyResultKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A key result's state. BOOLEAN ignores start/target (0 → 1); PERCENT defaults to 0 → 100."
                + " On update, send the version you loaded.")
public record KeyResultRequest(
        @Schema(examples = "Weekly active teams")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String title,

        @Schema(examples = "NUMBER") @NotNull(message = "is required")
        KeyResultKind kind,

        @Schema(description = "Where it starts (default 0)", examples = "250")
        @Digits(integer = 14, fraction = 4, message = "must be below 10^14, with at most 4 decimals")
        BigDecimal startValue,

        @Schema(description = "Where it should end; may be below the start for decreasing targets", examples = "400")
        @Digits(integer = 14, fraction = 4, message = "must be below 10^14, with at most 4 decimals")
        BigDecimal targetValue,

        @Schema(description = "Where it is now (default: the start)", examples = "310")
        @Digits(integer = 14, fraction = 4, message = "must be below 10^14, with at most 4 decimals")
        BigDecimal currentValue,

        @Schema(examples = "teams") @Size(max = 20, message = "must be at most 20 characters")
        String unit,

        @Schema(examples = "1")
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 6, fraction = 3, message = "must be below 1000000, with at most 3 decimals")
        BigDecimal weight,

        @Schema(description = "Required on update", examples = "2")
        Integer version) {}
