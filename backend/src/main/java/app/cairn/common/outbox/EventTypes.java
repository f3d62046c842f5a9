package app.cairn.common.outbox;

/**
 * The domain event types Cairn publishes (docs/notifications.md lists their payloads). Every payload
 * has organizationId, subjectId (the thing it is about) and actorId (who did it, null for the
 * system).
 */
public final class EventTypes {

    public static final String OBJECTIVE_CREATED = "objective.created";
    public static final String OBJECTIVE_UPDATED = "objective.updated";
    /** Payload also has `from` and `to` (statuses). */
    public static final String OBJECTIVE_STATUS_CHANGED = "objective.status_changed";
    /** A check-in on the objective itself; payload also has `checkInId`. */
    public static final String OBJECTIVE_CHECKED_IN = "objective.checked_in";
    /** subjectId is the key result; payload also has `checkInId` and `objectiveId`. */
    public static final String KEY_RESULT_CHECKED_IN = "key_result.checked_in";

    public static final String OBJECTIVE_PROPOSED = "objective.proposed";
    public static final String OBJECTIVE_AGREED = "objective.agreed";
    public static final String OBJECTIVE_RETURNED = "objective.returned";
    public static final String OBJECTIVE_COMMENTED = "objective.commented";
    public static final String OBJECTIVE_ALIGNED = "objective.aligned";
    public static final String SESSION_SCHEDULED = "session.scheduled";
    public static final String SESSION_RESCHEDULED = "session.rescheduled";
    public static final String SESSION_CANCELLED = "session.cancelled";
    public static final String SESSION_COMPLETED = "session.completed";
    public static final String AGENDA_ITEM_ADDED = "session.agenda_item_added";
    public static final String ACTION_ITEM_ASSIGNED = "action_item.assigned";
    public static final String REVIEW_CYCLE_LAUNCHED = "review_cycle.launched";
    public static final String REVIEW_CYCLE_CLOSED = "review_cycle.closed";
    public static final String REVIEW_SHARED = "review.shared";
    public static final String REVIEW_ACKNOWLEDGED = "review.acknowledged";
    public static final String REVIEW_PEERS_APPROVED = "review.peers_approved";
    public static final String RATING_CALIBRATED = "review.rating_calibrated";
    public static final String FEEDBACK_RECEIVED = "feedback.received";
    public static final String FEEDBACK_REQUESTED = "feedback_request.created";
    public static final String FEEDBACK_REQUEST_ANSWERED = "feedback_request.answered";
    public static final String FEEDBACK_REQUEST_DECLINED = "feedback_request.declined";
    public static final String PERSON_CREATED = "person.created";
    /** Payload also has `fields`: the names of the changed fields. */
    public static final String PERSON_UPDATED = "person.updated";

    public static final String PERSON_DEACTIVATED = "person.deactivated";
    public static final String NOTIFICATION_EMAIL = "notification.email_requested";

    private EventTypes() {}
}
