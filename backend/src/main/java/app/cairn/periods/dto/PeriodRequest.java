package app.cairn.periods.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A period's state. On update, send the version you loaded (a stale one gets 409).")
public record PeriodRequest(
        @Schema(examples = "Q1 2027")
        @NotBlank(message = "is required")
        @Size(max = 80, message = "must be at most 80 characters")
        String name,

        @Schema(examples = "2027-01-01") @NotNull(message = "is required")
        LocalDate startDate,

        @Schema(examples = "2027-03-31") @NotNull(message = "is required")
        LocalDate endDate,

        @Schema(description = "Required on update", examples = "1")
        Integer version) {}
