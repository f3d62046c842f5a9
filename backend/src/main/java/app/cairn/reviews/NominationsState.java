package app.cairn.reviews;

/** Peer nominations of a 360 review: being chosen, sent to the manager, approved. */
public enum NominationsState {
    OPEN,
    SUBMITTED,
    APPROVED
}
