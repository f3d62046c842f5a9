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
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String title,

        @Size(max = 5000, message = "must be at most 5000 characters")
        String description,

        @NotNull(message = "is required") ObjectiveLevel level,
        @NotNull(message = "is required") UUID periodId,
        @Schema(description = "Defaults to the caller") UUID ownerId,
        UUID teamId,

        @Schema(description = "The objective this one aligns to; none for company objectives")
        UUID parentId,

        @Schema(description = "Share in the parent's roll-up (default 1)")
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 6, fraction = 3, message = "must be below 1000000, with at most 3 decimals")
        BigDecimal weight,

        @Schema(description = "Default ORGANIZATION") Visibility visibility,
        LocalDate startDate,
        LocalDate dueDate,

        @Size(max = 20, message = "must have at most 20 key results")
        @Schema(
                description = "Key results created with the objective (on update, change them through their own"
                        + " operations)",
                extensions = @Extension(name = ContractConventions.CREATE_ONLY, value = "true"))
        List<@Valid KeyResultRequest> keyResults,

        @Schema(description = "Required on update") Integer version) {

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
