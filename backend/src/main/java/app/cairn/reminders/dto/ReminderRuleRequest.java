package app.cairn.reminders.dto;

import app.cairn.reminders.ReminderRule;
import app.cairn.reminders.ReminderTrigger;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reminder rule: when it fires, whom it reminds, how, and when not")
public record ReminderRuleRequest(
        @Schema(required = true) @NotNull(message = "is required")
        ReminderTrigger trigger,

        @Schema(required = true, description = "Days (hours for ONE_TO_ONE_UPCOMING), 0 to 365")
        @NotNull(message = "is required")
        @Min(value = 0, message = "must be between 0 and 365")
        @Max(value = 365, message = "must be between 0 and 365")
        Integer offset,

        @Schema(required = true) @NotNull(message = "is required")
        ReminderRule.Audience audience,

        @Schema(required = true) @NotNull(message = "is required")
        ReminderRule.Channel channel,

        @Schema(nullable = true, description = "Quiet hours in the recipient's zone, HH:MM-HH:MM (may span midnight)")
        @Pattern(
                regexp = "([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d",
                message = "must read HH:MM-HH:MM, e.g. 21:00-07:00")
        String quietHours,

        @Schema(required = true) @NotNull(message = "is required")
        Boolean enabled,

        @Schema(nullable = true, description = "The version read, when changing a rule")
        Integer version) {}
