package app.cairn.notifications;

import static app.cairn.common.outbox.EventTypes.*;

import app.cairn.common.outbox.OutboxEvent;
import app.cairn.common.time.TimeZones;
import app.cairn.feedback.Feedback;
import app.cairn.feedback.FeedbackRequest;
import app.cairn.objectives.Objective;
import app.cairn.objectives.ObjectiveAccess;
import app.cairn.people.Person;
import app.cairn.reviews.Review;
import app.cairn.reviews.ReviewCycle;
import app.cairn.sessions.ActionItem;
import app.cairn.sessions.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who hears of an event, and what they read. Each title is written for its recipient and names only
 * what that recipient may see: a private feedback note goes to its recipient alone and never quotes
 * its text; peers asked for a 360 are told whom to review, the reviewee never learns who answered;
 * nobody is told of their own actions.
 */
@ApplicationScoped
public class NotificationRules {

    static final Set<String> TYPES = Set.of(
            OBJECTIVE_PROPOSED,
            OBJECTIVE_AGREED,
            OBJECTIVE_RETURNED,
            OBJECTIVE_COMMENTED,
            OBJECTIVE_ALIGNED,
            SESSION_SCHEDULED,
            SESSION_RESCHEDULED,
            SESSION_CANCELLED,
            AGENDA_ITEM_ADDED,
            ACTION_ITEM_ASSIGNED,
            REVIEW_CYCLE_LAUNCHED,
            REVIEW_SHARED,
            REVIEW_PEERS_APPROVED,
            RATING_CALIBRATED,
            FEEDBACK_RECEIVED,
            FEEDBACK_REQUESTED,
            FEEDBACK_REQUEST_ANSWERED,
            FEEDBACK_REQUEST_DECLINED);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final EntityManager em;
    private final TimeZones zones;

    public NotificationRules(EntityManager em, TimeZones zones) {
        this.em = em;
        this.zones = zones;
    }

    /**
     * What makes the notifications of an event unique per recipient: the event itself, except that an
     * objective aligning to a parent is told once per (objective, parent) — two deliveries of such
     * events (a draft's creation and its agreement, handled at once by two instances) race to the
     * same unique key instead of both passing {@link #alreadyTold}.
     */
    static String dedupeKey(OutboxEvent e) {
        if (OBJECTIVE_ALIGNED.equals(e.type())) {
            return "aligned:" + e.requireUuid("subjectId") + ":" + e.requireUuid("parentId");
        }
        return "event:" + e.id();
    }

    public List<NotificationDraft> draftsFor(OutboxEvent e) {
        UUID actor = e.uuid("actorId").orElse(null);
        UUID subject = e.requireUuid("subjectId");
        String who = actor == null ? "Cairn" : name(actor);
        return switch (e.type()) {
            case OBJECTIVE_PROPOSED ->
                objective(
                        subject,
                        actor,
                        o -> o.ownerId == null ? null : managerOf(o.ownerId),
                        o -> draft(
                                NotificationKind.DRAFT_PROPOSED,
                                who + " proposed \"" + o.title + "\" for your agreement",
                                o));
            case OBJECTIVE_AGREED ->
                objective(
                        subject,
                        actor,
                        o -> o.ownerId,
                        o -> draft(
                                NotificationKind.DRAFT_AGREED, who + " agreed your objective \"" + o.title + "\"", o));
            case OBJECTIVE_RETURNED ->
                objective(
                        subject,
                        actor,
                        o -> o.ownerId,
                        o -> draft(
                                NotificationKind.DRAFT_RETURNED, who + " returned your draft \"" + o.title + "\"", o));
            case OBJECTIVE_COMMENTED ->
                objective(
                        subject,
                        actor,
                        o -> o.ownerId,
                        o -> draft(NotificationKind.OBJECTIVE_COMMENTED, who + " commented on \"" + o.title + "\"", o));
            case OBJECTIVE_ALIGNED -> aligned(subject, e.requireUuid("parentId"), actor);
            case SESSION_SCHEDULED -> session(subject, actor, NotificationKind.SESSION_SCHEDULED, who + " scheduled");
            case SESSION_RESCHEDULED -> session(subject, actor, NotificationKind.SESSION_RESCHEDULED, who + " moved");
            case SESSION_CANCELLED -> session(subject, actor, NotificationKind.SESSION_CANCELLED, who + " cancelled");
            case AGENDA_ITEM_ADDED -> sessionItem(subject, actor, who);
            case ACTION_ITEM_ASSIGNED -> actionItem(subject, actor, who);
            case REVIEW_CYCLE_LAUNCHED -> cycleLaunched(subject, actor);
            case REVIEW_SHARED -> reviewShared(subject, actor, who);
            case REVIEW_PEERS_APPROVED -> peersAsked(subject, actor);
            case RATING_CALIBRATED -> calibrated(subject, actor, who, e.orgId());
            case FEEDBACK_RECEIVED ->
                feedbackReceived(subject, actor, who, e.uuid("requestId").isPresent());
            case FEEDBACK_REQUESTED -> feedbackRequested(subject, actor, who);
            case FEEDBACK_REQUEST_ANSWERED, FEEDBACK_REQUEST_DECLINED ->
                requestAnswered(subject, actor, who, e.type().equals(FEEDBACK_REQUEST_DECLINED));
            default -> List.of();
        };
    }

    private interface Title<T> {
        Built of(T thing);
    }

    private record Built(NotificationKind kind, String title, String link, UUID subjectId) {}

    private static Built draft(NotificationKind kind, String title, Objective o) {
        return new Built(kind, title, "/objectives/" + o.id, o.id);
    }

    private List<NotificationDraft> objective(
            UUID id, UUID actor, java.util.function.Function<Objective, UUID> recipient, Title<Objective> title) {
        Objective o = em.find(Objective.class, id);
        if (o == null) {
            return List.of();
        }
        return one(recipient.apply(o), title.of(o), actor);
    }

    /**
     * To the owner of the parent an objective now aligns to — not when they aligned it themselves or it
     * is their own, not when it has moved to another parent since, and only when they may see the
     * aligned objective (a private or draft objective of someone outside their line stays unannounced).
     */
    private List<NotificationDraft> aligned(UUID childId, UUID parentId, UUID actor) {
        Objective child = em.find(Objective.class, childId);
        Objective parent =
                child == null || !parentId.equals(child.parentId) ? null : em.find(Objective.class, parentId);
        if (parent == null
                || parent.ownerId == null
                || parent.ownerId.equals(child.ownerId)
                || !maySee(parent.ownerId, child.id)) {
            return List.of();
        }
        String owner = child.ownerId == null ? "" : " (" + name(child.ownerId) + ")";
        String title = "\"" + child.title + "\"" + owner + " now aligns to your objective \"" + parent.title + "\"";
        if (alreadyTold(parent.ownerId, child.id, title)) {
            return List.of(); // e.g. they saw the draft, and now it was agreed
        }
        return one(parent.ownerId, draft(NotificationKind.OBJECTIVE_ALIGNED, title, child), actor);
    }

    /** To every active admin of the organization but the one who calibrated and the reviewee. */
    private List<NotificationDraft> calibrated(UUID reviewId, UUID actor, String who, UUID orgId) {
        Review review = em.find(Review.class, reviewId);
        if (review == null) {
            return List.of();
        }
        ReviewCycle cycle = em.find(ReviewCycle.class, review.cycleId);
        String title = who + " calibrated " + name(review.revieweeId) + "'s rating in " + cycle.name;
        List<Person> people = em.createQuery(
                        "from Person p where p.orgId = :org and p.active and not p.serviceAccount", Person.class)
                .setParameter("org", orgId)
                .getResultList();
        return people.stream()
                .filter(p -> p.isAdmin() && !p.id.equals(actor) && !p.id.equals(review.revieweeId))
                .map(p -> new NotificationDraft(
                        p.id,
                        NotificationKind.RATING_CALIBRATED,
                        title,
                        "/admin/review-cycles/" + cycle.id,
                        review.id,
                        actor))
                .toList();
    }

    private boolean alreadyTold(UUID recipient, UUID childId, String title) {
        return !em.createNativeQuery(
                        "select 1 from notifications where recipient_id = :r and kind = 'OBJECTIVE_ALIGNED'"
                                + " and subject_id = :s and title = :t")
                .setParameter("r", recipient)
                .setParameter("s", childId)
                .setParameter("t", title)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether the person may read the objective, by the same rule as the API (ObjectiveAccess). */
    private boolean maySee(UUID personId, UUID objectiveId) {
        Person person = em.find(Person.class, personId);
        if (person == null || !person.active) {
            return false;
        }
        Number count = (Number) em.createNativeQuery(ObjectiveAccess.DOWNLINE_CTE
                        + " select count(*) from objectives o where o.id = :id and " + ObjectiveAccess.VISIBLE_SQL)
                .setParameter("me", personId)
                .setParameter("admin", person.isAdmin())
                .setParameter("id", objectiveId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    private List<NotificationDraft> session(UUID id, UUID actor, NotificationKind kind, String verb) {
        Session s = em.find(Session.class, id);
        if (s == null || actor == null || !s.hasParticipant(actor)) {
            return List.of();
        }
        UUID other = s.otherThan(actor);
        String title = verb + " your " + what(s) + " for " + when(s.startsAt, other);
        return one(other, new Built(kind, title, "/one-on-ones/" + s.id, s.id), actor);
    }

    private List<NotificationDraft> sessionItem(UUID sessionId, UUID actor, String who) {
        Session s = em.find(Session.class, sessionId);
        if (s == null || actor == null || !s.hasParticipant(actor)) {
            return List.of();
        }
        UUID other = s.otherThan(actor);
        String title = who + " added an agenda item to your " + what(s) + " on " + when(s.startsAt, other);
        return one(other, new Built(NotificationKind.AGENDA_ITEM_ADDED, title, "/one-on-ones/" + s.id, s.id), actor);
    }

    private List<NotificationDraft> actionItem(UUID id, UUID actor, String who) {
        ActionItem item = em.find(ActionItem.class, id);
        if (item == null || item.assigneeId == null) {
            return List.of();
        }
        String title = who + " assigned you an action: " + item.title;
        return one(
                item.assigneeId,
                new Built(
                        NotificationKind.ACTION_ITEM_ASSIGNED, title, "/one-on-ones/" + item.sessionId, item.sessionId),
                actor);
    }

    private List<NotificationDraft> cycleLaunched(UUID cycleId, UUID actor) {
        ReviewCycle cycle = em.find(ReviewCycle.class, cycleId);
        if (cycle == null) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery(
                        "select r.id, r.revieweeId from Review r where r.cycleId = :c", Object[].class)
                .setParameter("c", cycleId)
                .getResultList();
        List<NotificationDraft> drafts = new ArrayList<>();
        for (Object[] row : rows) {
            String title = cycle.name + " has started: write your self review";
            drafts.add(new NotificationDraft(
                    (UUID) row[1],
                    NotificationKind.REVIEW_CYCLE_LAUNCHED,
                    title,
                    "/reviews/" + row[0],
                    (UUID) row[0],
                    actor));
        }
        return drafts;
    }

    private List<NotificationDraft> reviewShared(UUID reviewId, UUID actor, String who) {
        Review review = em.find(Review.class, reviewId);
        if (review == null) {
            return List.of();
        }
        ReviewCycle cycle = em.find(ReviewCycle.class, review.cycleId);
        String title = who + " shared your review for " + cycle.name + ": read it and sign off";
        return one(
                review.revieweeId,
                new Built(NotificationKind.REVIEW_SHARED, title, "/reviews/" + review.id, review.id),
                actor);
    }

    private List<NotificationDraft> peersAsked(UUID reviewId, UUID actor) {
        Review review = em.find(Review.class, reviewId);
        if (review == null) {
            return List.of();
        }
        ReviewCycle cycle = em.find(ReviewCycle.class, review.cycleId);
        List<UUID> peers = em.createQuery("select n.peerId from ReviewNomination n where n.reviewId = :r", UUID.class)
                .setParameter("r", reviewId)
                .getResultList();
        String title = "Your feedback on " + name(review.revieweeId) + " is asked for " + cycle.name;
        return peers.stream()
                .filter(p -> !p.equals(actor))
                .map(p -> new NotificationDraft(
                        p, NotificationKind.PEER_FEEDBACK_REQUESTED, title, "/reviews/" + review.id, review.id, actor))
                .toList();
    }

    private List<NotificationDraft> feedbackReceived(UUID id, UUID actor, String who, boolean answersRequest) {
        Feedback f = em.find(Feedback.class, id);
        if (f == null || answersRequest) {
            return List.of(); // an answer to a request is announced to the requester as such
        }
        String title = who + (f.isPraise() ? " praised you" : " gave you feedback");
        return one(
                f.recipientId, new Built(NotificationKind.FEEDBACK_RECEIVED, title, "/feedback/" + f.id, f.id), actor);
    }

    private List<NotificationDraft> feedbackRequested(UUID id, UUID actor, String who) {
        FeedbackRequest r = em.find(FeedbackRequest.class, id);
        if (r == null) {
            return List.of();
        }
        String about = r.subjectId.equals(r.requesterId) ? "them" : name(r.subjectId);
        String title = who + " asked for your feedback on " + about;
        return one(
                r.responderId,
                new Built(NotificationKind.FEEDBACK_REQUESTED, title, "/feedback?tab=requests", r.id),
                actor);
    }

    private List<NotificationDraft> requestAnswered(UUID id, UUID actor, String who, boolean declined) {
        FeedbackRequest r = em.find(FeedbackRequest.class, id);
        if (r == null) {
            return List.of();
        }
        String title = who + (declined ? " declined your feedback request" : " answered your feedback request");
        return one(
                r.requesterId,
                new Built(NotificationKind.FEEDBACK_REQUEST_ANSWERED, title, "/feedback?tab=requests", r.id),
                actor);
    }

    private static List<NotificationDraft> one(UUID recipient, Built built, UUID actor) {
        if (recipient == null || Objects.equals(recipient, actor)) {
            return List.of();
        }
        return List.of(
                new NotificationDraft(recipient, built.kind(), built.title(), built.link(), built.subjectId(), actor));
    }

    private String what(Session s) {
        return switch (s.kind) {
            case ONE_TO_ONE -> "1:1";
            case CHECK_IN -> "check-in";
            case APPRAISAL_MEETING -> "appraisal meeting";
        };
    }

    private String when(Instant instant, UUID reader) {
        Person person = em.find(Person.class, reader);
        return WHEN.format(instant.atZone(zones.of(person)));
    }

    private UUID managerOf(UUID personId) {
        Person person = em.find(Person.class, personId);
        return person == null ? null : person.managerId;
    }

    private String name(UUID personId) {
        Person person = em.find(Person.class, personId);
        return person == null ? "Someone" : person.name;
    }
}
