package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.reviews.dto.Answer;
import app.cairn.reviews.dto.ReviewListItem;
import app.cairn.reviews.dto.ReviewResponse;
import app.cairn.reviews.dto.Score;
import app.cairn.teams.Team;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reviews as each caller may see them, the lists "about me" and "to write", and the last steps:
 * sharing (manager without calibration; admins and skip levels after calibration), the reviewee's
 * acknowledgement, and the skip-level sign-off when the cycle asks for it.
 */
@ApplicationScoped
public class ReviewService {

    public enum Scope {
        MINE,
        TO_WRITE,
        ALL
    }

    private static final Map<String, String> SORTS =
            Map.of("reviewee", "e.name", "state", "r.state", "createdAt", "r.createdAt", "cycle", "c.name");

    private final ReviewLoader loader;
    private final ReviewAccess access;
    private final ReviewRepository reviews;
    private final ReviewAnswerService answers;
    private final PersonRepository people;
    private final PeriodRepository periods;
    private final TeamRepository teams;
    private final ReviewJson json;
    private final Clock clock;
    private final DomainEvents events;

    public ReviewService(
            ReviewLoader loader,
            ReviewAccess access,
            ReviewRepository reviews,
            ReviewAnswerService answers,
            PersonRepository people,
            PeriodRepository periods,
            TeamRepository teams,
            ReviewJson json,
            Clock clock,
            DomainEvents events) {
        this.loader = loader;
        this.access = access;
        this.reviews = reviews;
        this.answers = answers;
        this.people = people;
        this.periods = periods;
        this.teams = teams;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    public PageResponse<ReviewListItem> list(Scope scope, UUID cycleId, ReviewState state, PageQuery page) {
        if (scope == Scope.ALL && !access.isAdmin()) {
            throw ApiException.forbidden("Only admins list every review.");
        }
        StringBuilder where = new StringBuilder(" where r.orgId = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", access.orgId());
        switch (scope) {
            case MINE -> where.append(" and r.revieweeId = :me");
            case TO_WRITE ->
                where.append(" and r.revieweeId <> :me and (r.managerId = :me"
                        + " or (r.managerId is null and :admin = true)"
                        + " or (r.nominationsState = :approved and exists (select 1 from ReviewNomination n"
                        + " where n.reviewId = r.id and n.peerId = :me))"
                        + " or (r.skipLevelId = :me and r.state = :acknowledged and c.skipLevelSignOff = true))");
            case ALL -> {}
        }
        if (scope != Scope.ALL) {
            params.put("me", access.me());
        }
        if (scope == Scope.TO_WRITE) {
            params.put("admin", access.isAdmin());
            params.put("approved", NominationsState.APPROVED);
            params.put("acknowledged", ReviewState.ACKNOWLEDGED);
        }
        if (cycleId != null) {
            where.append(" and r.cycleId = :cycle");
            params.put("cycle", cycleId);
        }
        if (state != null) {
            where.append(" and r.state = :state");
            params.put("state", state);
        }
        String from = " from Review r join ReviewCycle c on c.id = r.cycleId join Person e on e.id = r.revieweeId"
                + " left join Person m on m.id = r.managerId";
        TypedQuery<Object[]> query = reviews.getEntityManager()
                .createQuery(
                        "select r, c, e.name, m.name" + from + where + page.orderBy(SORTS, "-createdAt", "r.id"),
                        Object[].class);
        TypedQuery<Long> count = reviews.getEntityManager().createQuery("select count(r)" + from + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> rows =
                query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        List<UUID> ids = rows.stream().map(row -> ((Review) row[0]).id).toList();
        access.preloadPeers(ids);
        Map<UUID, Map<ReviewRole, ReviewAnswers>> mine = answers.mineOn(ids);
        List<ReviewListItem> items = rows.stream()
                .map(row -> item(
                        (Review) row[0],
                        (ReviewCycle) row[1],
                        (String) row[2],
                        (String) row[3],
                        mine.getOrDefault(((Review) row[0]).id, Map.of())))
                .toList();
        return new PageResponse<>(items, page.page, page.size, count.getSingleResult());
    }

    public ReviewResponse get(UUID id) {
        return toResponse(loader.visible(id));
    }

    @Transactional
    public ReviewResponse share(UUID id, Integer version) {
        ReviewContext context = loader.forUpdate(id);
        Review review = context.review();
        if (!canShare(context)) {
            if (access.isInsider(review) && !access.isReviewee(review)) {
                if (review.managerSubmittedAt == null || review.isShared()) {
                    throw ApiException.conflict(
                            "Only a review whose manager review is in, and not yet shared, can be shared.");
                }
                throw ApiException.forbidden(
                        review.state == ReviewState.CALIBRATION
                                ? "This review is in calibration: admins and the manager's managers share it."
                                : "Only the manager or an admin shares this review.");
            }
            throw ApiException.forbidden("You may not share this review.");
        }
        Versions.check(version, review.version, "This review");
        review.state = ReviewState.SHARED;
        review.sharedAt = clock.instant();
        review.sharedBy = access.me();
        reviews.flush();
        events.publish(EventTypes.REVIEW_SHARED, review.orgId, review.id, access.me());
        return toResponse(context);
    }

    @Transactional
    public ReviewResponse acknowledge(UUID id, String comment, Integer version) {
        ReviewContext context = loader.forUpdate(id);
        Review review = context.review();
        if (!access.isReviewee(review)) {
            throw ApiException.forbidden("Only the reviewee acknowledges their review.");
        }
        Versions.check(version, review.version, "This review");
        if (review.state != ReviewState.SHARED) {
            throw ApiException.conflict(
                    review.isShared()
                            ? "You acknowledged this review already."
                            : "This review has not been shared with you yet.");
        }
        review.state = ReviewState.ACKNOWLEDGED;
        review.acknowledgedAt = clock.instant();
        review.acknowledgementComment = comment == null || comment.isBlank() ? null : comment.trim();
        events.publish(EventTypes.REVIEW_ACKNOWLEDGED, review.orgId, review.id, access.me());
        reviews.flush();
        return toResponse(context);
    }

    @Transactional
    public ReviewResponse signOff(UUID id, Integer version) {
        ReviewContext context = loader.forUpdate(id);
        Review review = context.review();
        if (!isSignOffPerson(review)) {
            throw ApiException.forbidden("Only the manager's manager signs this review off.");
        }
        Versions.check(version, review.version, "This review");
        if (!context.cycle().skipLevelSignOff) {
            throw ApiException.conflict("This cycle does not ask for a skip-level sign-off.");
        }
        if (review.state != ReviewState.ACKNOWLEDGED) {
            throw ApiException.conflict("Sign off after the reviewee has acknowledged the review.");
        }
        review.state = ReviewState.SIGNED_OFF;
        review.signedOffAt = clock.instant();
        review.signedOffBy = access.me();
        reviews.flush();
        return toResponse(context);
    }

    private boolean isSignOffPerson(Review review) {
        if (access.isReviewee(review)) {
            return false;
        }
        return review.skipLevelId == null ? access.isAdmin() : access.me().equals(review.skipLevelId);
    }

    private boolean canShare(ReviewContext context) {
        Review review = context.review();
        if (review.managerSubmittedAt == null || access.isReviewee(review)) {
            return false;
        }
        return switch (review.state) {
            case MANAGER_REVIEW -> access.isManager(review) || access.isAdmin();
            case CALIBRATION -> access.canCalibrate(review);
            default -> false;
        };
    }

    private ReviewListItem item(
            Review r, ReviewCycle c, String revieweeName, String managerName, Map<ReviewRole, ReviewAnswers> rows) {
        String role;
        Optional<ReviewAnswers> mine;
        if (access.isReviewee(r)) {
            role = "REVIEWEE";
            mine = Optional.ofNullable(rows.get(ReviewRole.SELF));
        } else if (access.isManager(r)) {
            role = "MANAGER";
            mine = Optional.ofNullable(rows.get(ReviewRole.MANAGER));
        } else if (access.isPeer(r)) {
            role = "PEER";
            mine = Optional.ofNullable(rows.get(ReviewRole.PEER));
        } else if (access.me().equals(r.skipLevelId)) {
            role = "SKIP_LEVEL";
            mine = Optional.empty();
        } else {
            role = "ADMIN";
            mine = Optional.empty();
        }
        boolean submitted = mine.map(ReviewAnswers::isSubmitted).orElse(false);
        Instant due = switch (role) {
            case "REVIEWEE" ->
                r.state == ReviewState.SELF_REVIEW
                        ? c.selfReviewDue
                        : r.state == ReviewState.SHARED ? c.signOffDue : null;
            case "MANAGER" ->
                r.state.compareTo(ReviewState.MANAGER_REVIEW) <= 0 && !submitted ? c.managerReviewDue : null;
            case "PEER" -> submitted ? null : c.peerAnswersDue;
            case "SKIP_LEVEL" -> r.state == ReviewState.ACKNOWLEDGED ? c.signOffDue : null;
            default -> null;
        };
        BigDecimal rating = switch (role) {
            case "REVIEWEE" -> r.isShared() ? r.overallRating : null;
            case "PEER" -> null;
            default -> r.overallRating;
        };
        return new ReviewListItem(
                r.id,
                new Ref(c.id, c.name),
                c.kind,
                new Ref(r.revieweeId, revieweeName),
                Ref.of(r.managerId, managerName),
                r.state,
                role,
                role.equals("ADMIN") ? null : ReviewAnswerService.status(mine),
                due,
                rating);
    }

    ReviewResponse toResponse(ReviewContext context) {
        Review r = context.review();
        ReviewCycle c = context.cycle();
        boolean reviewee = access.isReviewee(r);
        boolean manager = access.isManager(r);
        boolean skip = access.isSkipLevel(r);
        boolean admin = access.isAdmin();
        boolean peer = access.isPeer(r);
        boolean insider = access.isInsider(r);
        List<String> roles = new ArrayList<>();
        if (reviewee) roles.add("REVIEWEE");
        if (manager) roles.add("MANAGER");
        if (skip) roles.add("SKIP_LEVEL");
        if (peer) roles.add("PEER");
        if (admin) roles.add("ADMIN");

        Period period = periods.findById(c.periodId);
        Map<UUID, String> names = names(r);
        Team team = r.teamId == null ? null : teams.findById(r.teamId);

        Optional<ReviewAnswers> self = answers.authored(r, ReviewRole.SELF);
        Optional<ReviewAnswers> managerPart = answers.authored(r, ReviewRole.MANAGER);
        String selfStatus =
                reviewee || (insider && self.map(ReviewAnswers::isSubmitted).orElse(false))
                        ? ReviewAnswerService.status(self)
                        : (insider ? ReviewAnswerService.NOT_STARTED : null);
        String managerStatus = manager || ((admin || skip) && !reviewee) || (reviewee && r.isShared())
                ? ReviewAnswerService.status(managerPart)
                : null;
        if (managerStatus != null && !manager && ReviewAnswerService.DRAFT.equals(managerStatus)) {
            managerStatus = ReviewAnswerService.NOT_STARTED;
        }
        String myPeer = peer ? ReviewAnswerService.status(answers.mine(r, ReviewRole.PEER)) : null;

        Score score = null;
        boolean scoreVisible = reviewee ? r.isShared() : (manager || skip || admin);
        if (scoreVisible) {
            List<Answer> managerAnswers = managerPart
                    .filter(a -> a.isSubmitted() || manager)
                    .map(a -> json.answers(a.answers))
                    .orElse(List.of());
            ScoreFormula.Result result = ScoreFormula.calculate(context.sections(), managerAnswers);
            BigDecimal calculated = r.managerSubmittedAt != null ? r.provisionalRating : result.value();
            score = new Score(
                    ScoreFormula.DESCRIPTION,
                    calculated,
                    r.overallRating,
                    r.overallRating != null && !Objects.equals(r.overallRating, r.provisionalRating),
                    result.terms());
        }
        List<ReviewResponse.ObjectiveRef> objectives = insider
                ? loader.objectivesOf(context).stream()
                        .map(o -> new ReviewResponse.ObjectiveRef(o.id, o.title, o.status.name(), o.progress))
                        .toList()
                : List.of();
        boolean active = c.state == CycleState.ACTIVE;
        Instant now = clock.instant();
        ReviewResponse.Permissions permissions = new ReviewResponse.Permissions(
                reviewee
                        && active
                        && r.state == ReviewState.SELF_REVIEW
                        && !now.isAfter(c.selfReviewDue)
                        && !self.map(ReviewAnswers::isSubmitted).orElse(false),
                manager
                        && active
                        && r.state.compareTo(ReviewState.MANAGER_REVIEW) <= 0
                        && r.managerSubmittedAt == null
                        && !now.isAfter(c.managerReviewDue),
                peer
                        && active
                        && r.state.compareTo(ReviewState.CALIBRATION) < 0
                        && c.peerAnswersDue != null
                        && !now.isAfter(c.peerAnswersDue)
                        && !ReviewAnswerService.SUBMITTED.equals(myPeer),
                reviewee
                        && active
                        && c.isPeerCycle()
                        && r.nominationsState != NominationsState.APPROVED
                        && c.nominationsDue != null
                        && !now.isAfter(c.nominationsDue),
                manager
                        && active
                        && c.isPeerCycle()
                        && r.nominationsState != NominationsState.APPROVED
                        && c.peerAnswersDue != null
                        && !now.isAfter(c.peerAnswersDue),
                manager && active && r.managerSubmittedAt != null && !r.isShared(),
                access.canCalibrate(r) && active && r.state == ReviewState.CALIBRATION,
                canShare(context),
                reviewee && r.state == ReviewState.SHARED,
                c.skipLevelSignOff && r.state == ReviewState.ACKNOWLEDGED && isSignOffPerson(r),
                insider,
                insider && c.isPeerCycle());
        return new ReviewResponse(
                r.id,
                new ReviewResponse.Cycle(
                        c.id,
                        c.name,
                        c.kind,
                        c.state,
                        new Ref(period.id, period.name),
                        period.startDate,
                        period.endDate,
                        ReviewCycleService.deadlines(c),
                        c.calibration,
                        c.skipLevelSignOff),
                new Ref(r.revieweeId, names.get(r.revieweeId)),
                Ref.of(r.managerId, names.get(r.managerId)),
                insider ? Ref.of(r.skipLevelId, names.get(r.skipLevelId)) : null,
                team == null ? null : new Ref(team.id, team.name),
                r.state,
                r.nominationsState,
                roles,
                context.scale(),
                context.template().allowNotRated,
                context.sections(),
                objectives,
                new ReviewResponse.Parts(insider ? selfStatus : null, managerStatus, myPeer),
                score,
                r.sharedAt,
                r.acknowledgedAt,
                r.acknowledgementComment,
                r.signedOffAt,
                Ref.of(r.signedOffBy, names.get(r.signedOffBy)),
                permissions,
                r.version);
    }

    private Map<UUID, String> names(Review r) {
        List<UUID> ids = new ArrayList<>();
        for (UUID id : new UUID[] {r.revieweeId, r.managerId, r.skipLevelId, r.signedOffBy}) {
            if (id != null) {
                ids.add(id);
            }
        }
        Map<UUID, String> names = new HashMap<>();
        for (Person p : people.list("id in ?1", ids)) {
            names.put(p.id, p.name);
        }
        return names;
    }
}
