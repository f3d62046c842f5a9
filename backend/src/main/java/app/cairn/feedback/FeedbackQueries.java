package app.cairn.feedback;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.FeedbackResponse;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Set-based reads of feedback for the caller: each list filters with {@link FeedbackAccess}'s SQL
 * rule and counts with the very same `where`, so a list never shows or counts what a single read
 * refuses. A page costs a fixed number of queries whatever its size (ids, rows, then one query per
 * kind of detail in {@link FeedbackViews}).
 */
@RequestScoped
public class FeedbackQueries {

    /** Which lists: what the caller received, gave, what their reports received, or all (admins). */
    public enum Scope {
        RECEIVED,
        GIVEN,
        ABOUT_MY_REPORTS,
        ALL
    }

    /** Filters of the praise wall; null means "any". */
    public record WallFilter(UUID personId, UUID teamId, UUID valueId) {}

    private static final String ORDER = " order by f.created_at desc, f.id desc";

    private final FeedbackAccess access;
    private final FeedbackRepository feedback;
    private final FeedbackViews views;

    public FeedbackQueries(FeedbackAccess access, FeedbackRepository feedback, FeedbackViews views) {
        this.access = access;
        this.feedback = feedback;
        this.views = views;
    }

    public PageResponse<FeedbackResponse> list(Scope scope, UUID personId, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(
                switch (scope) {
                    case RECEIVED -> "f.recipient_id = :me and " + FeedbackAccess.READABLE_SQL;
                    case GIVEN -> "f.giver_id = :me and " + FeedbackAccess.READABLE_SQL;
                    case ABOUT_MY_REPORTS ->
                        "f.recipient_id in (select id from downline) and " + FeedbackAccess.READABLE_SQL;
                    case ALL -> FeedbackAccess.KNOWN_SQL;
                });
        if (personId != null) {
            where.append(" and f.recipient_id = :person");
            params.put("person", personId);
        }
        return page(where.toString(), params, page);
    }

    public PageResponse<FeedbackResponse> wall(WallFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("f.visibility = 'PUBLIC' and " + FeedbackAccess.READABLE_SQL);
        if (filter.personId() != null) {
            where.append(" and f.recipient_id = :person");
            params.put("person", filter.personId());
        }
        if (filter.teamId() != null) {
            where.append(" and f.recipient_id in (select p.id from people p where p.team_id in ("
                    + "with recursive subtree(id) as (select id from teams where id = :team and org_id = :org"
                    + " union select t.id from teams t join subtree s on t.parent_id = s.id) select id from subtree))");
            params.put("team", filter.teamId());
        }
        if (filter.valueId() != null) {
            where.append(" and exists (select 1 from feedback_values fv where fv.feedback_id = f.id"
                    + " and fv.value_id = :value)");
            params.put("value", filter.valueId());
        }
        return page(where.toString(), params, page);
    }

    /** What the caller may read about `personId` given in [from, to), oldest first (at most `limit`). */
    public List<FeedbackResponse> about(UUID personId, Instant from, Instant to, int limit) {
        Query query = native_(
                "select f.id, true from feedback f where f.org_id = :org and f.recipient_id = :person"
                        + " and f.created_at >= :from and f.created_at < :to and " + FeedbackAccess.READABLE_SQL
                        + " order by f.created_at, f.id",
                Map.of(
                        "person", personId,
                        "from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
                        "to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC)));
        return load(rows(query.setMaxResults(limit)));
    }

    private PageResponse<FeedbackResponse> page(String where, Map<String, Object> params, PageQuery page) {
        String from = " from feedback f where f.org_id = :org and " + where;
        Query select = native_("select f.id, " + FeedbackAccess.READABLE_SQL + from + ORDER, params)
                .setFirstResult(page.offset())
                .setMaxResults(page.size);
        Number total = (Number) native_("select count(*)" + from, params).getSingleResult();
        return new PageResponse<>(load(rows(select)), page.page, page.size, total.longValue());
    }

    private List<FeedbackResponse> load(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Set<UUID> readable = new HashSet<>();
        rows.stream().filter(row -> Boolean.TRUE.equals(row[1])).forEach(row -> readable.add((UUID) row[0]));
        Map<UUID, Feedback> byId = new HashMap<>();
        feedback.list("id in ?1", ids).forEach(f -> byId.put(f.id, f));
        return views.of(ids.stream().map(byId::get).toList(), readable);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private Query native_(String sql, Map<String, Object> params) {
        Query query = Panache.getEntityManager()
                .createNativeQuery(FeedbackAccess.DOWNLINE_CTE + sql)
                .setParameter("org", access.orgId())
                .setParameter("me", access.me())
                .setParameter("publicOn", access.publicPraiseOn());
        if (sql.contains(":admin")) {
            query.setParameter("admin", access.isAdmin());
        }
        params.forEach(query::setParameter);
        return query;
    }
}
