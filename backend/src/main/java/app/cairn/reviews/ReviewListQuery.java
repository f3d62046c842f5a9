package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.reviews.dto.ReviewListItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The review lists: "about me", "to write" and (admins) every review, one page in one query with
 * the caller's own answers and peer nominations read once for the page, each row saying who the
 * caller is to the review, their part's status and what is due next.
 */
@ApplicationScoped
public class ReviewListQuery {

    public enum Scope {
        MINE,
        TO_WRITE,
        ALL
    }

    private static final Map<String, String> SORTS =
            Map.of("reviewee", "e.name", "state", "r.state", "createdAt", "r.createdAt", "cycle", "c.name");

    private final ReviewAccess access;
    private final ReviewRepository reviews;
    private final ReviewAnswerService answers;

    public ReviewListQuery(ReviewAccess access, ReviewRepository reviews, ReviewAnswerService answers) {
        this.access = access;
        this.reviews = reviews;
        this.answers = answers;
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
}
