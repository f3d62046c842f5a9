package app.cairn.sessions.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new time for one occurrence; confirms a tentative one")
public record RescheduleRequest(
        @Schema(required = true) @NotNull(message = "is required")
        Instant startsAt,

        @Schema(required = true)
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be more than 0 minutes")
        @Max(value = 480, message = "must be at most 8 hours (480 minutes)")
        Integer durationMinutes,

        @Schema(required = true, description = "The version you loaded")
        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
