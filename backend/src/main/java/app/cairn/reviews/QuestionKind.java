package app.cairn.reviews;

/** A rating on the template's scale, free text, or a rating of each of the reviewee's objectives. */
public enum QuestionKind {
    RATING,
    TEXT,
    OBJECTIVES
}
