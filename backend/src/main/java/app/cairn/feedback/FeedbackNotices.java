package app.cairn.feedback;

import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one place where feedback tells about itself: it publishes the domain events (feedback or praise
 * received, a request received, answered or declined) into the outbox, inside the business
 * transaction that made the change. Notifications, mail and webhooks consume them after commit.
 */
@ApplicationScoped
public class FeedbackNotices {

    public static final String RECEIVED = EventTypes.FEEDBACK_RECEIVED;
    public static final String REQUESTED = EventTypes.FEEDBACK_REQUESTED;
    public static final String ANSWERED = EventTypes.FEEDBACK_REQUEST_ANSWERED;
    public static final String DECLINED = EventTypes.FEEDBACK_REQUEST_DECLINED;

    private final DomainEvents events;

    public FeedbackNotices(DomainEvents events) {
        this.events = events;
    }

    public void received(Feedback feedback) {
        Map<String, Object> payload = payload(feedback.orgId, feedback.id, feedback.giverId);
        payload.put("recipientId", feedback.recipientId);
        payload.put("visibility", feedback.visibility.name());
        payload.put("requestId", feedback.requestId);
        events.publish(RECEIVED, feedback.orgId, payload);
    }

    public void requested(FeedbackRequest request) {
        Map<String, Object> payload = payload(request.orgId, request.id, request.requesterId);
        payload.put("responderId", request.responderId);
        payload.put("aboutId", request.subjectId);
        events.publish(REQUESTED, request.orgId, payload);
    }

    public void answered(FeedbackRequest request, Feedback answer) {
        Map<String, Object> payload = payload(request.orgId, request.id, request.responderId);
        payload.put("requesterId", request.requesterId);
        payload.put("feedbackId", answer.id);
        events.publish(ANSWERED, request.orgId, payload);
    }

    public void declined(FeedbackRequest request) {
        Map<String, Object> payload = payload(request.orgId, request.id, request.responderId);
        payload.put("requesterId", request.requesterId);
        events.publish(DECLINED, request.orgId, payload);
    }

    private static Map<String, Object> payload(UUID orgId, UUID subjectId, UUID actorId) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("organizationId", orgId);
        payload.put("subjectId", subjectId);
        payload.put("actorId", actorId);
        return payload;
    }
}
