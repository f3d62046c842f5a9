package app.cairn.sessions;

public enum SessionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED
}
