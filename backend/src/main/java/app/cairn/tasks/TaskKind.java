package app.cairn.tasks;

/** What waits for the caller in their to-do inbox. */
public enum TaskKind {
    SELF_REVIEW,
    MANAGER_REVIEW,
    PEER_REVIEW,
    REVIEW_SIGN_OFF,
    NOMINATIONS_TO_APPROVE,
    DRAFT_TO_AGREE,
    CHECK_IN_DUE,
    ONE_TO_ONE_TO_PREPARE,
    ONE_TO_ONE_OVERDUE,
    ACTION_ITEM,
    FEEDBACK_REQUEST,
    CYCLE_TO_CALIBRATE
}
