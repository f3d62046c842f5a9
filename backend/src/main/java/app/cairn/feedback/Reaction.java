package app.cairn.feedback;

/** The reactions people add to public praise, each at most once per person. */
public enum Reaction {
    CLAP,
    CELEBRATE,
    HEART,
    INSPIRED,
    THANKS
}
