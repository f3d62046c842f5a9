package app.cairn.notifications;

import java.util.UUID;

/** A notification about to be written for one recipient; its title must be fit for that recipient's eyes only. */
public record NotificationDraft(
        UUID recipientId, NotificationKind kind, String title, String link, UUID subjectId, UUID actorId) {}
