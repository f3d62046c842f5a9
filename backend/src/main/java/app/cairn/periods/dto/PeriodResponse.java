package app.cairn.periods.dto;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A named time box objectives and reviews belong to")
public record PeriodResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) LocalDate startDate,
        @Schema(required = true) LocalDate endDate,

        @Schema(required = true, description = "Today falls within it")
        boolean current,

        @Schema(required = true) int version) {}
