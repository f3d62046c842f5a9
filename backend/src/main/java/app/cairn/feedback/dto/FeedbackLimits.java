package app.cairn.feedback.dto;

/** Sizes shared by the feedback requests. */
public final class FeedbackLimits {

    public static final int BODY = 5000;
    public static final int PROMPT = 2000;

    private FeedbackLimits() {}
}
