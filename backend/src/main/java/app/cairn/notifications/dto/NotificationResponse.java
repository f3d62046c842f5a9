package app.cairn.notifications.dto;

import app.cairn.common.web.Ref;
import app.cairn.notifications.NotificationKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something that happened to the caller, or a reminder")
public record NotificationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) NotificationKind kind,

        @Schema(required = true, description = "What happened, in words for the caller")
        String title,

        @Schema(required = true, description = "The SPA path to open, e.g. /reviews/{id}")
        String link,

        @Schema(nullable = true, description = "The thing it is about (review, session, objective…)")
        UUID subjectId,

        @Schema(nullable = true, description = "Who did it; null for reminders")
        Ref actor,

        @Schema(required = true) Instant createdAt,

        @Schema(nullable = true, description = "When the caller marked it read; null while unread")
        Instant readAt) {}
