package app.cairn.objectives.dto;

import app.cairn.objectives.KeyResultKind;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A key result with its computed progress (0–100)")
public record KeyResultResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID objectiveId,
        @Schema(required = true) String title,
        @Schema(required = true) KeyResultKind kind,
        @Schema(required = true) BigDecimal startValue,
        @Schema(required = true) BigDecimal targetValue,
        @Schema(required = true) BigDecimal currentValue,
        String unit,
        @Schema(required = true) BigDecimal weight,
        @Schema(required = true) BigDecimal progress,
        @Schema(required = true) int position,
        @Schema(required = true) int version) {}
