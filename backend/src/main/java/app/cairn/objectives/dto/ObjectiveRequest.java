package app.cairn.objectives.dto;

import app.cairn.common.openapi.ContractConventions;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "An objective's state. On create, key results may come along; on update, send the version"
                + " you loaded (key results are changed through their own endpoints).")
public record ObjectiveRequest(
        @Schema(examples = "Grow weekly active teams to 400")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String title,

        @Schema(examples = "Teams that plan together every week stay with us; this quarter we make it a habit.")
        @Size(max = 5000, message = "must be at most 5000 characters")
        String description,

        @Schema(examples = "TEAM") @NotNull(message = "is required")
        ObjectiveLevel level,

        @Schema(examples = "5b0d6c1e-2f3a-4b8c-9d7e-1a2b3c4d5e6f") @NotNull(message = "is required")
        UUID periodId,

        @Schema(description = "Defaults to the caller", examples = "0c9e8d7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f")
        UUID ownerId,

        @Schema(examples = "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d")
        UUID teamId,

        @Schema(
                description = "The objective this one aligns to; none for company objectives",
                examples = "e4d3c2b1-a0f9-4e8d-b7c6-5a4b3c2d1e0f")
        UUID parentId,

        @Schema(description = "Share in the parent's roll-up (default 1)", examples = "1")
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 6, fraction = 3, message = "must be below 1000000, with at most 3 decimals")
        BigDecimal weight,

        @Schema(description = "Default ORGANIZATION", examples = "ORGANIZATION")
        Visibility visibility,

        @Schema(examples = "2026-10-01") LocalDate startDate,
        @Schema(examples = "2026-12-31") LocalDate dueDate,

        @Size(max = 20, message = "must have at most 20 key results")
        @Schema(
                description = "Key results created with the objective (on update, change them through their own"
                        + " operations)",
                examples = "[{\"title\": \"Weekly active teams\", \"kind\": \"NUMBER\", \"startValue\": 250,"
                        + " \"targetValue\": 400, \"unit\": \"teams\"}, {\"title\": \"Teams with a weekly"
                        + " check-in\", \"kind\": \"PERCENT\", \"startValue\": 35, \"targetValue\": 70}]",
                extensions = @Extension(name = ContractConventions.CREATE_ONLY, value = "true"))
        List<@Valid KeyResultRequest> keyResults,

        @Schema(description = "Required on update", examples = "3")
        Integer version) {

    public ObjectiveRequest withParentId(UUID parent) {
        return new ObjectiveRequest(
                title,
                description,
                level,
                periodId,
                ownerId,
                teamId,
                parent,
                weight,
                visibility,
                startDate,
                dueDate,
                keyResults,
                version);
    }
}
