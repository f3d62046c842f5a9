package app.cairn.reminders.dto;

import app.cairn.reminders.ReminderRule;
import app.cairn.reminders.ReminderTrigger;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reminder rule of the organization")
public record ReminderRuleResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) ReminderTrigger trigger,
        @Schema(required = true) int offset,
        @Schema(required = true) ReminderRule.Audience audience,
        @Schema(required = true) ReminderRule.Channel channel,

        @Schema(nullable = true, description = "HH:MM-HH:MM, or null for none")
        String quietHours,

        @Schema(required = true) boolean enabled,
        @Schema(required = true) int version) {}
