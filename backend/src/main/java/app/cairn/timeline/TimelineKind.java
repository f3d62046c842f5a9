package app.cairn.timeline;

/** What a timeline item is about. */
public enum TimelineKind {
    /** An objective the person owned in a period, with its final (or current) progress and status. */
    OBJECTIVE,
    /** The check-ins on one of the person's objectives in a period, summarised. */
    CHECK_INS,
    /** A completed one-to-one (or other session) the person took part in. */
    ONE_TO_ONE,
    /** A shared review of the person, with its overall rating. */
    REVIEW,
    /** Feedback the person received (not public praise). */
    FEEDBACK,
    /** Public praise the person received. */
    PRAISE,
    /** The person joined or moved team. */
    TEAM_CHANGE,
    /** The person got a (new) manager. */
    MANAGER_CHANGE,
    /** The person's roles changed (for example became an admin). */
    ROLE_CHANGE
}
