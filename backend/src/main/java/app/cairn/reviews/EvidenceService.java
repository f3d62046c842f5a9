package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.SqlValues;
import app.cairn.common.time.TimeZones;
import app.cairn.common.web.Ref;
import app.cairn.feedback.FeedbackQueries;
import app.cairn.feedback.dto.FeedbackResponse;
import app.cairn.objectives.Objective;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.reviews.dto.Evidence;
import app.cairn.sessions.Session;
import app.cairn.sessions.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The evidence next to a review form: the reviewee's objectives in the cycle's period with their
 * progress (final once ended) and check-in history, and the completed 1:1s the caller had with
 * them (shared notes and action items), and the feedback and praise the reviewee received in the
 * period that the caller may read (by the feedback rules: an admin or skip level does not read
 * private feedback here either), as links and summaries rather than copies.
 * For the reviewee, their managers and admins; never for peers.
 */
@ApplicationScoped
public class EvidenceService {

    private static final int RECENT = 5;
    private static final int COMMENT_LENGTH = 200;
    private static final int NOTES_LENGTH = 300;
    private static final int FEEDBACK_LIMIT = 100;

    private final ReviewLoader loader;
    private final ReviewAccess access;
    private final PeriodRepository periods;
    private final FeedbackQueries feedback;
    private final TimeZones zones;

    public EvidenceService(
            ReviewLoader loader,
            ReviewAccess access,
            PeriodRepository periods,
            FeedbackQueries feedback,
            TimeZones zones) {
        this.loader = loader;
        this.access = access;
        this.periods = periods;
        this.feedback = feedback;
        this.zones = zones;
    }

    public Evidence evidence(UUID reviewId) {
        ReviewContext context = loader.visible(reviewId);
        if (!access.isInsider(context.review())) {
            throw ApiException.forbidden("Peers do not see the reviewee's evidence.");
        }
        Period period = periods.findById(context.cycle().periodId);
        List<Evidence.ObjectiveEvidence> objectives = objectives(loader.objectivesOf(context));
        return new Evidence(
                context.review().id,
                new Ref(period.id, period.name),
                period.startDate,
                period.endDate,
                objectives,
                oneToOnes(context.review().revieweeId, period),
                feedbackIn(context.review(), period));
    }

    /** Feedback and praise to the reviewee within the period's days (in the organization's calendar). */
    private List<FeedbackResponse> feedbackIn(Review review, Period period) {
        var zone = zones.ofOrganization(review.orgId);
        return feedback.about(
                review.revieweeId,
                period.startDate.atStartOfDay(zone).toInstant(),
                period.endDate.plusDays(1).atStartOfDay(zone).toInstant(),
                FEEDBACK_LIMIT);
    }

    /**
     * Completed sessions in the period between the reviewee and the caller: a session's shared notes
     * and actions are for its participants only, so a skip level or an admin sees none of them here.
     */
    private List<Evidence.OneToOneEvidence> oneToOnes(UUID revieweeId, Period period) {
        var em = periods.getEntityManager();
        UUID me = access.me();
        ZoneId zone = zones.ofOrganization(access.orgId());
        List<Session> sessions = em.createQuery(
                        "select s from Session s where s.orgId = :org and s.status = :completed"
                                + " and :reviewee in (s.organizerId, s.attendeeId) and :me in (s.organizerId, s.attendeeId)"
                                + " and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id",
                        Session.class)
                .setParameter("org", access.orgId())
                .setParameter("completed", SessionStatus.COMPLETED)
                .setParameter("reviewee", revieweeId)
                .setParameter("me", me)
                // the period's days in the organization's time zone
                .setParameter("from", period.startDate.atStartOfDay(zone).toInstant())
                .setParameter(
                        "to", period.endDate.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = sessions.stream().map(session -> session.id).toList();
        Map<UUID, String> notes = new HashMap<>();
        em.createQuery("select n.sessionId, n.body from SharedNotes n where n.sessionId in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> notes.put((UUID) row[0], (String) row[1]));
        Map<UUID, List<Evidence.ActionItemSummary>> actions = new HashMap<>();
        em.createQuery(
                        "select a.sessionId, a.title, p.name, a.done from ActionItem a join Person p on p.id = a.assigneeId"
                                + " where a.sessionId in :ids order by a.createdAt, a.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> actions.computeIfAbsent((UUID) row[0], s -> new ArrayList<>())
                        .add(new Evidence.ActionItemSummary((String) row[1], (String) row[2], (Boolean) row[3])));
        Map<UUID, String> names = new HashMap<>();
        em.createQuery("select p.id, p.name from Person p where p.id in :ids", Object[].class)
                .setParameter(
                        "ids",
                        sessions.stream()
                                .map(session -> session.otherThan(revieweeId))
                                .distinct()
                                .toList())
                .getResultList()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return sessions.stream()
                .map(session -> {
                    UUID other = session.otherThan(revieweeId);
                    return new Evidence.OneToOneEvidence(
                            session.id,
                            session.startsAt,
                            new Ref(other, names.get(other)),
                            shorten(notes.get(session.id), NOTES_LENGTH),
                            actions.getOrDefault(session.id, List.of()),
                            "/api/v1/sessions/" + session.id);
                })
                .toList();
    }

    /** Each objective with its check-in count and last few check-ins, read in one query for all of them. */
    private List<Evidence.ObjectiveEvidence> objectives(List<Objective> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = periods.getEntityManager()
                .createNativeQuery("""
                        select x.objective_id, x.total, x.created_at, x.name, x.objective_progress, x.health, x.comment
                        from (select c.objective_id, c.created_at, p.name, c.objective_progress, c.health, c.comment,
                                     count(*) over (partition by c.objective_id) as total,
                                     row_number() over (partition by c.objective_id
                                                        order by c.created_at desc, c.id desc) as rn
                              from check_ins c join people p on p.id = c.author_id
                              where c.objective_id in (:ids)) x
                        where x.rn <= :recent
                        order by x.objective_id, x.rn
                        """)
                .setParameter("ids", list.stream().map(o -> o.id).toList())
                .setParameter("recent", RECENT)
                .getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        Map<UUID, List<Evidence.CheckInSummary>> recent = new HashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            counts.put(id, ((Number) row[1]).longValue());
            recent.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Evidence.CheckInSummary(
                            SqlValues.instant(row[2]),
                            (String) row[3],
                            (BigDecimal) row[4],
                            (String) row[5],
                            shorten((String) row[6], COMMENT_LENGTH)));
        }
        return list.stream()
                .map(o -> new Evidence.ObjectiveEvidence(
                        o.id,
                        o.title,
                        o.level.name(),
                        o.status.name(),
                        o.health.name(),
                        o.progress,
                        o.dueDate,
                        "/api/v1/objectives/" + o.id,
                        counts.getOrDefault(o.id, 0L),
                        o.lastCheckInAt,
                        recent.getOrDefault(o.id, List.of())))
                .toList();
    }

    private static String shorten(String text, int length) {
        if (text == null || text.isBlank() || text.length() <= length) {
            return text == null || text.isBlank() ? null : text;
        }
        return text.substring(0, length - 1) + "…";
    }
}
