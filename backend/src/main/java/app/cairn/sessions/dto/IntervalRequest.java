package app.cairn.sessions.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A manager–report pair's 1:1 interval; null goes back to the organization default")
public record IntervalRequest(
        @Min(value = 1, message = "must be between 1 and 365 days")
        @Max(value = 365, message = "must be between 1 and 365 days")
        Integer intervalDays) {}
