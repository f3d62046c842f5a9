package app.cairn.checkins.dto;

import app.cairn.objectives.Health;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A check-in on a key result: its new current value (BOOLEAN: 0 or 1; MILESTONE: milestones"
                + " reached), and optionally the objective's health, a confidence (1–10) and a comment")
public record KeyResultCheckInRequest(
        @Schema(examples = "310")
        @NotNull(message = "is required")
        @Digits(integer = 14, fraction = 4, message = "must be below 10^14, with at most 4 decimals")
        BigDecimal value,

        @Schema(examples = "ON_TRACK") Health health,

        @Schema(examples = "7")
        @Min(value = 1, message = "must be between 1 and 10")
        @Max(value = 10, message = "must be between 1 and 10")
        Integer confidence,

        @Schema(examples = "Sixty more teams active after the onboarding checklist went live.")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String comment) {}
