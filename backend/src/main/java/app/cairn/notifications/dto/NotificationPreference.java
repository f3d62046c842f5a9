package app.cairn.notifications.dto;

import app.cairn.notifications.EmailChoice;
import app.cairn.notifications.NotificationKind;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How one kind of notification reaches the caller")
public record NotificationPreference(
        @Schema(required = true) @NotNull(message = "is required")
        NotificationKind kind,

        @Schema(required = true, description = "Show it in the bell and the notifications page")
        @NotNull(message = "is required")
        Boolean inApp,

        @Schema(required = true, description = "OFF, IMMEDIATE (one mail each) or DIGEST (one mail a day at 08:00)")
        @NotNull(message = "is required")
        EmailChoice email) {}
