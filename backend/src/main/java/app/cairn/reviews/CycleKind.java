package app.cairn.reviews;

/** An appraisal (manager and self) or a 360 (adds anonymous peer answers). */
public enum CycleKind {
    APPRAISAL,
    THREE_SIXTY
}
