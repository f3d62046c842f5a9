package app.cairn.reviews;

/** Whether an appraisal closes the year or is an interim one (e.g. mid-year). */
public enum AppraisalType {
    ANNUAL,
    INTERIM
}
