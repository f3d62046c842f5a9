package app.cairn.reminders;

/** When a reminder fires; the rule's offset is in days, except for ONE_TO_ONE_UPCOMING (hours). */
public enum ReminderTrigger {
    /** A review step of the person is due within N days and their part is not submitted. */
    REVIEW_DUE,
    /** N days after launch the self review has not been started. */
    SELF_REVIEW_NOT_STARTED,
    /** An own active objective has had no check-in for N days. */
    CHECK_IN_MISSING,
    /** A 1:1 starts within N hours. */
    ONE_TO_ONE_UPCOMING,
    /** A manager's last 1:1 with a report is N days past the pair's interval, with none scheduled. */
    ONE_TO_ONE_OVERDUE,
    /** An open action item is due within N days (0: today). */
    ACTION_ITEM_DUE,
    /** A draft proposed N days ago still waits for the manager's agreement. */
    DRAFT_WAITING,
    /** Nominated peers wait N days for the manager's approval. */
    NOMINATION_NOT_APPROVED,
    /** A feedback request to the person, still unanswered, is due within N days (0: today) or overdue. */
    FEEDBACK_REQUEST_DUE
}
