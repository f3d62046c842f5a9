package app.cairn.notifications.dto;

import app.cairn.notifications.NotificationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The kind of notification that is no longer e-mailed")
public record UnsubscribeResponse(@Schema(required = true) NotificationKind kind) {}
