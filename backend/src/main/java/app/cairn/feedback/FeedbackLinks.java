package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.SqlValues;
import app.cairn.common.web.Ref;
import app.cairn.feedback.dto.FeedbackResponse.LinkedSession;
import app.cairn.objectives.ObjectiveAccess;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback may point at an objective, a 1:1 or a review cycle. The giver must be able to see what
 * they link (else a 400 on the field); each reader sees a link only when they may see its target
 * themselves — an objective by its visibility, a 1:1 by taking part in it, a cycle when it is
 * launched and they take part in it, manage someone or are an admin. Resolved per page in one query
 * per kind of link.
 */
@RequestScoped
public class FeedbackLinks {

    private static final String VISIBLE_CYCLE = "(:admin or (c.state <> 'DRAFT' and (:manager"
            + " or exists (select 1 from reviews r where r.cycle_id = c.id"
            + " and :me in (r.reviewee_id, r.manager_id, r.skip_level_id))"
            + " or exists (select 1 from review_nominations n join reviews r on r.id = n.review_id"
            + " where r.cycle_id = c.id and n.peer_id = :me))))";

    private final FeedbackAccess access;

    public FeedbackLinks(FeedbackAccess access) {
        this.access = access;
    }

    /** The links of a new piece of feedback, each checked against what the giver may see. */
    public void requireVisibleToGiver(UUID objectiveId, UUID sessionId, UUID cycleId) {
        if (objectiveId != null && objectives(List.of(objectiveId)).isEmpty()) {
            throw ApiException.invalid("objectiveId", "must be an objective you can see");
        }
        if (sessionId != null && sessions(List.of(sessionId)).isEmpty()) {
            throw ApiException.invalid("sessionId", "must be a 1:1 you took part in");
        }
        if (cycleId != null && cycles(List.of(cycleId)).isEmpty()) {
            throw ApiException.invalid("cycleId", "must be a review cycle you can see");
        }
    }

    /** Objective titles by id, for those the caller may see. */
    public Map<UUID, Ref> objectives(Collection<UUID> ids) {
        Map<UUID, Ref> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        rows(
                        ObjectiveAccess.DOWNLINE_CTE + "select o.id, o.title from objectives o where o.org_id = :org"
                                + " and o.id in (:ids) and " + ObjectiveAccess.VISIBLE_SQL,
                        ids)
                .forEach(row -> found.put((UUID) row[0], new Ref((UUID) row[0], (String) row[1])));
        return found;
    }

    /** 1:1s by id, for those the caller took part in. */
    public Map<UUID, LinkedSession> sessions(Collection<UUID> ids) {
        Map<UUID, LinkedSession> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        rows(
                        "select s.id, s.title, s.starts_at from sessions s where s.org_id = :org and s.id in (:ids)"
                                + " and :me in (s.organizer_id, s.attendee_id)",
                        ids)
                .forEach(row -> found.put(
                        (UUID) row[0], new LinkedSession((UUID) row[0], (String) row[1], SqlValues.instant(row[2]))));
        return found;
    }

    /** Review cycle names by id, for those the caller may see. */
    public Map<UUID, Ref> cycles(Collection<UUID> ids) {
        Map<UUID, Ref> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Query query = query(
                "select c.id, c.name from review_cycles c where c.org_id = :org and c.id in (:ids) and "
                        + VISIBLE_CYCLE,
                ids);
        query.setParameter("manager", access.managesAnyone());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(row -> found.put((UUID) row[0], new Ref((UUID) row[0], (String) row[1])));
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<UUID> ids) {
        return query(sql, ids).getResultList();
    }

    private Query query(String sql, Collection<UUID> ids) {
        Query query = Panache.getEntityManager()
                .createNativeQuery(sql)
                .setParameter("org", access.orgId())
                .setParameter("me", access.me())
                .setParameter("ids", ids);
        return sql.contains(":admin") ? query.setParameter("admin", access.isAdmin()) : query;
    }
}
