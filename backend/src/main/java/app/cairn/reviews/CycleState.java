package app.cairn.reviews;

/** A cycle is prepared as a draft, launched (active), then closed. */
public enum CycleState {
    DRAFT,
    ACTIVE,
    CLOSED
}
