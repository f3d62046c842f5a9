package app.cairn.sessions.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The organization's session settings")
public record SessionSettingsRequest(
        @Schema(required = true, description = "Default days between a manager's 1:1s with a report")
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be between 1 and 365 days")
        @Max(value = 365, message = "must be between 1 and 365 days")
        Integer defaultIntervalDays,

        @Schema(required = true, description = "Days after completion when a session's record locks")
        @NotNull(message = "is required")
        @Min(value = 0, message = "must be between 0 and 365 days")
        @Max(value = 365, message = "must be between 0 and 365 days")
        Integer lockAfterDays,

        @Schema(required = true) @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
