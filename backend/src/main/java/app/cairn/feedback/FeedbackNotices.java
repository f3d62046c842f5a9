package app.cairn.feedback;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place where feedback tells people about itself: feedback or praise received, a request
 * received, answered or declined, and request reminders. Each method is called inside the business
 * transaction that made the change, so that a notification engine with an outbox (issue #12) records
 * its notice atomically with the change and delivers it after commit. Until that engine exists the
 * notices are only logged.
 */
@ApplicationScoped
public class FeedbackNotices {

    public void received(Feedback feedback) {
        Log.debugf(
                "%s %s received from %s", feedback.isPraise() ? "Praise" : "Feedback", feedback.id, feedback.giverId);
    }

    public void requested(FeedbackRequest request) {
        Log.debugf("Feedback request %s sent to %s", request.id, request.responderId);
    }

    public void answered(FeedbackRequest request, Feedback answer) {
        Log.debugf("Feedback request %s answered with %s", request.id, answer.id);
    }

    public void declined(FeedbackRequest request) {
        Log.debugf("Feedback request %s declined", request.id);
    }
}
