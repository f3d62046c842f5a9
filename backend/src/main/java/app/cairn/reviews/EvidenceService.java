package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.web.Ref;
import app.cairn.objectives.Objective;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.reviews.dto.Evidence;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The evidence next to a review form: the reviewee's objectives in the cycle's period with their
 * progress (final once ended) and check-in history, as links and summaries rather than copies.
 * For the reviewee, their managers and admins; never for peers.
 */
@ApplicationScoped
public class EvidenceService {

    private static final int RECENT = 5;
    private static final int COMMENT_LENGTH = 200;

    private final ReviewLoader loader;
    private final ReviewAccess access;
    private final PeriodRepository periods;

    public EvidenceService(ReviewLoader loader, ReviewAccess access, PeriodRepository periods) {
        this.loader = loader;
        this.access = access;
        this.periods = periods;
    }

    public Evidence evidence(UUID reviewId) {
        ReviewContext context = loader.visible(reviewId);
        if (!access.isInsider(context.review())) {
            throw ApiException.forbidden("Peers do not see the reviewee's evidence.");
        }
        Period period = periods.findById(context.cycle().periodId);
        List<Evidence.ObjectiveEvidence> objectives =
                loader.objectivesOf(context).stream().map(this::objective).toList();
        return new Evidence(
                context.review().id, new Ref(period.id, period.name), period.startDate, period.endDate, objectives);
    }

    private Evidence.ObjectiveEvidence objective(Objective o) {
        var em = periods.getEntityManager();
        long count = em.createQuery("select count(c) from CheckIn c where c.objectiveId = :o", Long.class)
                .setParameter("o", o.id)
                .getSingleResult();
        List<Evidence.CheckInSummary> recent = em
                .createQuery(
                        "select c.createdAt, p.name, c.objectiveProgress, c.health, c.comment from CheckIn c"
                                + " join Person p on p.id = c.authorId where c.objectiveId = :o"
                                + " order by c.createdAt desc, c.id desc",
                        Object[].class)
                .setParameter("o", o.id)
                .setMaxResults(RECENT)
                .getResultList()
                .stream()
                .map(row -> new Evidence.CheckInSummary(
                        (Instant) row[0],
                        (String) row[1],
                        (BigDecimal) row[2],
                        row[3] == null ? null : row[3].toString(),
                        shorten((String) row[4])))
                .toList();
        return new Evidence.ObjectiveEvidence(
                o.id,
                o.title,
                o.level.name(),
                o.status.name(),
                o.health.name(),
                o.progress,
                o.dueDate,
                "/api/v1/objectives/" + o.id,
                count,
                o.lastCheckInAt,
                recent);
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= COMMENT_LENGTH) {
            return text;
        }
        return text.substring(0, COMMENT_LENGTH - 1) + "…";
    }
}
