package app.cairn.periods.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A period's state. On update, send the version you loaded (a stale one gets 409).")
public record PeriodRequest(
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters")
        String name,

        @NotNull(message = "is required") LocalDate startDate,
        @NotNull(message = "is required") LocalDate endDate,
        @Schema(description = "Required on update") Integer version) {}
