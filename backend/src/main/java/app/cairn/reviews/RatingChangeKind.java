package app.cairn.reviews;

/** Why an overall rating moved away from the formula: a manager override or calibration. */
public enum RatingChangeKind {
    OVERRIDE,
    CALIBRATION
}
