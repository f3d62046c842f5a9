package app.cairn.reviews;

/** The steps of one review, in order; CALIBRATION only when the cycle calibrates, SIGNED_OFF only when it asks for skip-level sign-off. */
public enum ReviewState {
    SELF_REVIEW,
    MANAGER_REVIEW,
    CALIBRATION,
    SHARED,
    ACKNOWLEDGED,
    SIGNED_OFF
}
