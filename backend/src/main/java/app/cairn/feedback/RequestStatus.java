package app.cairn.feedback;

/** A feedback request waits for its answer, was answered (once), or was declined. */
public enum RequestStatus {
    PENDING,
    ANSWERED,
    DECLINED
}
