package app.cairn.feedback;

/** Who reads a piece of feedback besides its giver (docs/feedback.md). */
public enum FeedbackVisibility {
    /** The recipient only (and the requester, when it answers a request). */
    PRIVATE,
    /** The recipient and everyone above them in the reporting line. */
    MANAGERS,
    /** Everyone in the organization: public praise on the wall, while the organization allows it. */
    PUBLIC
}
