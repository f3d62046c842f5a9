package app.cairn.sessions;

public enum SessionKind {
    ONE_TO_ONE,
    CHECK_IN,
    APPRAISAL_MEETING
}
