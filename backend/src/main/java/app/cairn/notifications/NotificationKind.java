package app.cairn.notifications;

/** What a notification is about; each kind has its own preference (in-app, e-mail) and default. */
public enum NotificationKind {
    DRAFT_PROPOSED(EmailChoice.IMMEDIATE),
    DRAFT_AGREED(EmailChoice.OFF),
    DRAFT_RETURNED(EmailChoice.IMMEDIATE),
    OBJECTIVE_COMMENTED(EmailChoice.OFF),
    OBJECTIVE_ALIGNED(EmailChoice.OFF),
    SESSION_SCHEDULED(EmailChoice.IMMEDIATE),
    SESSION_RESCHEDULED(EmailChoice.IMMEDIATE),
    SESSION_CANCELLED(EmailChoice.IMMEDIATE),
    AGENDA_ITEM_ADDED(EmailChoice.OFF),
    ACTION_ITEM_ASSIGNED(EmailChoice.OFF),
    REVIEW_CYCLE_LAUNCHED(EmailChoice.IMMEDIATE),
    REVIEW_SHARED(EmailChoice.IMMEDIATE),
    PEER_FEEDBACK_REQUESTED(EmailChoice.IMMEDIATE),
    RATING_CALIBRATED(EmailChoice.OFF),
    FEEDBACK_RECEIVED(EmailChoice.OFF),
    FEEDBACK_REQUESTED(EmailChoice.IMMEDIATE),
    FEEDBACK_REQUEST_ANSWERED(EmailChoice.OFF),
    REMINDER(EmailChoice.IMMEDIATE),
    WEBHOOK_DISABLED(EmailChoice.IMMEDIATE);

    private final EmailChoice defaultEmail;

    NotificationKind(EmailChoice defaultEmail) {
        this.defaultEmail = defaultEmail;
    }

    public EmailChoice defaultEmail() {
        return defaultEmail;
    }
}
