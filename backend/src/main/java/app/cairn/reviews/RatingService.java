package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.common.web.Ref;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.reviews.dto.CalibrationView;
import app.cairn.reviews.dto.PeerSummary;
import app.cairn.reviews.dto.RatingChangeResponse;
import app.cairn.reviews.dto.RatingRequest;
import app.cairn.reviews.dto.ScalePoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Overall ratings after the formula: the manager's override (before sharing) and calibration by admins
 * and the managers above the manager (in CALIBRATION). Every change is audited: who, when, from, to,
 * why. The calibration view shows a cycle's ratings with their distribution per team and manager.
 */
@ApplicationScoped
public class RatingService {

    private final ReviewLoader loader;
    private final ReviewAccess access;
    private final ReviewRepository reviews;
    private final ReviewCycleService cycles;
    private final RatingChangeRepository changes;
    private final ReviewTemplateRepository templates;
    private final ReviewJson json;
    private final Clock clock;
    private final AuditLog audit;
    private final DomainEvents events;

    public RatingService(
            ReviewLoader loader,
            ReviewAccess access,
            ReviewRepository reviews,
            ReviewCycleService cycles,
            RatingChangeRepository changes,
            ReviewTemplateRepository templates,
            ReviewJson json,
            Clock clock,
            AuditLog audit,
            DomainEvents events) {
        this.audit = audit;
        this.loader = loader;
        this.access = access;
        this.reviews = reviews;
        this.cycles = cycles;
        this.changes = changes;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public RatingChangeResponse override(UUID reviewId, RatingRequest request) {
        ReviewContext context = loader.forUpdate(reviewId);
        Review review = context.review();
        if (!access.isManager(review)) {
            throw ApiException.forbidden("Only the reviewee's manager overrides the calculated rating.");
        }
        Versions.check(request.version(), review.version, "This review");
        if (review.managerSubmittedAt == null || review.isShared() || context.cycle().state != CycleState.ACTIVE) {
            throw ApiException.conflict("Override the rating after submitting the manager review and before sharing.");
        }
        return change(context, RatingChangeKind.OVERRIDE, request);
    }

    @Transactional
    public RatingChangeResponse calibrate(UUID reviewId, RatingRequest request) {
        ReviewContext context = loader.forUpdate(reviewId);
        Review review = context.review();
        if (!access.canCalibrate(review)) {
            throw ApiException.forbidden("Only admins and the manager's managers calibrate ratings.");
        }
        Versions.check(request.version(), review.version, "This review");
        if (review.state != ReviewState.CALIBRATION || context.cycle().state != CycleState.ACTIVE) {
            throw ApiException.conflict("Only reviews in calibration can be adjusted.");
        }
        return change(context, RatingChangeKind.CALIBRATION, request);
    }

    public List<RatingChangeResponse> history(UUID reviewId) {
        ReviewContext context = loader.visible(reviewId);
        Review review = context.review();
        if (!(access.isAdmin() || access.isManager(review) || access.isSkipLevel(review))
                || access.isReviewee(review)) {
            throw ApiException.forbidden("The rating audit is for managers and admins.");
        }
        return changes
                .getEntityManager()
                .createQuery(
                        "select c, p.name from RatingChange c join Person p on p.id = c.actorId"
                                + " where c.reviewId = :r order by c.createdAt, c.id",
                        Object[].class)
                .setParameter("r", review.id)
                .getResultList()
                .stream()
                .map(row -> toResponse((RatingChange) row[0], (String) row[1]))
                .toList();
    }

    /**
     * The cycle's calibration view. Someone who calibrates nothing gets the same 403 whether the
     * cycle exists or not, so the answer never tells an employee which cycle ids are real.
     */
    public CalibrationView calibration(UUID cycleId) {
        ReviewCycle cycle = cycles.findOptional(cycleId).orElse(null);
        if (cycle == null) {
            if (access.isAdmin()) {
                throw ApiException.notFound("The review cycle");
            }
            throw notACalibrator();
        }
        List<Object[]> rows = reviews.getEntityManager()
                .createQuery(
                        "select r, e.name, t.id, t.name, m.name from Review r join Person e on e.id = r.revieweeId"
                                + " left join Team t on t.id = r.teamId left join Person m on m.id = r.managerId"
                                + " where r.cycleId = :c and r.orgId = :org order by e.name, r.id",
                        Object[].class)
                .setParameter("c", cycle.id)
                .setParameter("org", access.orgId())
                .getResultList();
        List<CalibrationView.Entry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Review r = (Review) row[0];
            if (!access.canCalibrate(r)) {
                continue;
            }
            entries.add(new CalibrationView.Entry(
                    r.id,
                    new Ref(r.revieweeId, (String) row[1]),
                    Ref.of((UUID) row[2], (String) row[3]),
                    Ref.of(r.managerId, (String) row[4]),
                    r.state,
                    r.provisionalRating,
                    r.overallRating,
                    r.overallRating != null && !Objects.equals(r.overallRating, r.provisionalRating),
                    r.state == ReviewState.CALIBRATION && cycle.state == CycleState.ACTIVE,
                    r.version));
        }
        if (entries.isEmpty() && !access.isAdmin()) {
            throw notACalibrator();
        }
        List<ScalePoint> scale = json.scale(templates.findById(cycle.templateId).scale);
        return new CalibrationView(
                cycle.id,
                scale,
                entries,
                buckets(scale, entries),
                groups(scale, entries, CalibrationView.Entry::team),
                groups(scale, entries, CalibrationView.Entry::manager));
    }

    private static ApiException notACalibrator() {
        return ApiException.forbidden("Only admins and the managers above other managers calibrate.");
    }

    private RatingChangeResponse change(ReviewContext context, RatingChangeKind kind, RatingRequest request) {
        BigDecimal rating = request.rating();
        if (rating.scale() > 2
                || rating.compareTo(BigDecimal.valueOf(context.scaleMin())) < 0
                || rating.compareTo(BigDecimal.valueOf(context.scaleMax())) > 0) {
            throw ApiException.invalid(
                    "rating",
                    "must be between " + context.scaleMin() + " and " + context.scaleMax()
                            + ", with at most 2 decimals");
        }
        Review review = context.review();
        RatingChange change = new RatingChange();
        change.orgId = review.orgId;
        change.reviewId = review.id;
        change.kind = kind;
        change.actorId = access.me();
        change.fromRating = review.overallRating;
        change.toRating = rating.setScale(2, RoundingMode.HALF_UP);
        change.reason = request.reason().trim();
        change.createdAt = clock.instant();
        changes.persist(change);
        review.overallRating = change.toRating;
        review.updatedAt = change.createdAt;
        changes.flush();
        audit.record(
                kind == RatingChangeKind.OVERRIDE ? "review.rating_overridden" : "review.rating_calibrated",
                "reviews",
                review.id,
                context.cycle().name,
                Changes.of()
                        .field("overallRating", change.fromRating, change.toRating)
                        .field("reason", null, change.reason));
        if (kind == RatingChangeKind.CALIBRATION) {
            events.publish(EventTypes.RATING_CALIBRATED, review.orgId, review.id, access.me());
        }
        return toResponse(change, access.caller().name);
    }

    private static List<PeerSummary.Bucket> buckets(List<ScalePoint> scale, List<CalibrationView.Entry> entries) {
        List<PeerSummary.Bucket> buckets = new ArrayList<>();
        for (ScalePoint point : scale) {
            long count = entries.stream()
                    .filter(e -> e.rating() != null && nearest(scale, e.rating()) == point.value())
                    .count();
            buckets.add(new PeerSummary.Bucket(point.value(), point.label(), count));
        }
        return buckets;
    }

    private static List<CalibrationView.GroupDistribution> groups(
            List<ScalePoint> scale, List<CalibrationView.Entry> entries, Function<CalibrationView.Entry, Ref> key) {
        Map<Ref, List<CalibrationView.Entry>> byGroup = new LinkedHashMap<>();
        for (CalibrationView.Entry entry : entries) {
            byGroup.computeIfAbsent(key.apply(entry), k -> new ArrayList<>()).add(entry);
        }
        return byGroup.entrySet().stream()
                .map(e -> {
                    List<BigDecimal> rated = e.getValue().stream()
                            .map(CalibrationView.Entry::rating)
                            .filter(Objects::nonNull)
                            .toList();
                    BigDecimal average = rated.isEmpty()
                            ? null
                            : rated.stream()
                                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                                    .divide(BigDecimal.valueOf(rated.size()), 2, RoundingMode.HALF_UP);
                    return new CalibrationView.GroupDistribution(
                            e.getKey(), rated.size(), average, buckets(scale, e.getValue()));
                })
                .toList();
    }

    private static int nearest(List<ScalePoint> scale, BigDecimal rating) {
        int best = scale.get(0).value();
        for (ScalePoint point : scale) {
            if (rating.subtract(BigDecimal.valueOf(point.value()))
                            .abs()
                            .compareTo(rating.subtract(BigDecimal.valueOf(best)).abs())
                    < 0) {
                best = point.value();
            }
        }
        return best;
    }

    private static RatingChangeResponse toResponse(RatingChange c, String actorName) {
        return new RatingChangeResponse(
                c.id, c.kind, new Ref(c.actorId, actorName), c.fromRating, c.toRating, c.reason, c.createdAt);
    }
}
