package app.cairn.objectives;

import app.cairn.common.persistence.SqlValues;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.common.web.SearchText;
import app.cairn.objectives.dto.ObjectiveResponse.Alignment;
import app.cairn.objectives.dto.ObjectiveResponse.AlignmentStep;
import app.cairn.objectives.dto.ObjectiveResponse.Child;
import app.cairn.objectives.dto.ObjectiveResponse.Children;
import app.cairn.objectives.dto.ObjectiveSummary;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Set-based reads of objectives in SQL: lists with their company goal, children with contribution,
 * alignment paths. Every query applies {@link ObjectiveAccess#VISIBLE_SQL} for the caller, so what
 * the caller may not see is absent from lists, counts and paths alike.
 */
@ApplicationScoped
public class ObjectiveQueries {

    /** Filters of the objectives list; null means "any". */
    public record Filter(
            UUID periodId,
            UUID ownerId,
            UUID teamId,
            ObjectiveLevel level,
            List<ObjectiveStatus> statuses,
            Health health,
            UUID parentId,
            UUID reportsOf,
            String q,
            List<UUID> ids) {

        public static Filter ofIds(List<UUID> ids) {
            return new Filter(
                    null,
                    null,
                    null,
                    null,
                    List.copyOf(EnumSet.allOf(ObjectiveStatus.class)),
                    null,
                    null,
                    null,
                    null,
                    ids);
        }
    }

    private static final Map<String, String> SORTS = Map.of(
            "title", "lower(o.title)",
            "progress", "o.progress",
            "dueDate", "o.due_date",
            "createdAt", "o.created_at",
            "updatedAt", "o.updated_at",
            "lastCheckInAt", "o.last_check_in_at",
            "health", "case o.health when 'ON_TRACK' then 0 when 'AT_RISK' then 1 else 2 end",
            "level", "case o.level when 'COMPANY' then 0 when 'TEAM' then 1 else 2 end");

    private static final String SUMMARY_COLUMNS = """
            select o.id, o.title, o.level, o.status, o.health, o.progress, o.visibility, o.weight,
                   o.period_id, pe.name as period_name, o.owner_id, ow.name as owner_name, o.team_id, t.name as team_name,
                   case when o.parent_id is null then null
                        when exists (select 1 from objectives o2 where o2.id = o.parent_id and %s) then o.parent_id
                   end as visible_parent,
                   o.due_date, o.last_check_in_at, o.proposed_at,
                   (select count(*) from key_results k where k.objective_id = o.id) as kr_count,
                   (select count(*) from objectives c where c.parent_id = o.id) as child_count,
                   o.version
            from objectives o
            join periods pe on pe.id = o.period_id
            join people ow on ow.id = o.owner_id
            left join teams t on t.id = o.team_id
            """.formatted(ObjectiveAccess.VISIBLE_SQL.replace("o.", "o2."));

    public PageResponse<ObjectiveSummary> list(ObjectiveAccess access, Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where o.org_id = :org and " + ObjectiveAccess.VISIBLE_SQL);
        Map<String, Object> params = new HashMap<>();
        if (filter.periodId() != null) {
            where.append(" and o.period_id = :period");
            params.put("period", filter.periodId());
        }
        if (filter.ownerId() != null) {
            where.append(" and o.owner_id = :owner");
            params.put("owner", filter.ownerId());
        }
        if (filter.teamId() != null) {
            where.append(" and o.team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.level() != null) {
            where.append(" and o.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and o.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        } else {
            where.append(" and o.status <> 'ARCHIVED'");
        }
        if (filter.health() != null) {
            where.append(" and o.health = :health");
            params.put("health", filter.health().name());
        }
        if (filter.parentId() != null) {
            where.append(" and o.parent_id = :parent");
            params.put("parent", filter.parentId());
        }
        if (filter.reportsOf() != null) {
            where.append(" and ow.manager_id = :reportsOf");
            params.put("reportsOf", filter.reportsOf());
        }
        if (filter.ids() != null) {
            where.append(" and o.id in (:ids)");
            params.put("ids", filter.ids().isEmpty() ? List.of(new UUID(0, 0)) : filter.ids());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(o.title) like :q escape '\\' or lower(ow.name) like :q escape '\\')");
            params.put("q", SearchText.containsPattern(filter.q()));
        }
        String orderBy = page.orderBy(SORTS, "title", "o.id");
        Query query = native_(ObjectiveAccess.DOWNLINE_CTE + SUMMARY_COLUMNS + where + orderBy, access);
        Query count = native_(
                ObjectiveAccess.DOWNLINE_CTE + "select count(*) from objectives o join people ow on ow.id = o.owner_id"
                        + where,
                access);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        Map<UUID, Ref> goals =
                companyGoals(access, rows.stream().map(r -> (UUID) r[0]).toList());
        List<ObjectiveSummary> items =
                rows.stream().map(r -> toSummary(r, goals)).toList();
        return new PageResponse<>(items, page.page, page.size, ((Number) count.getSingleResult()).longValue());
    }

    /** The visible company goal at the top of each objective's alignment path. */
    public Map<UUID, Ref> companyGoals(ObjectiveAccess access, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "with recursive " + ObjectiveAccess.DOWNLINE
                + """
                , up(start_id, id, parent_id, depth) as (
                    select x.id, x.id, x.parent_id, 0 from objectives x where x.id in (:ids)
                    union all
                    select u.start_id, p.id, p.parent_id, u.depth + 1
                    from objectives p join up u on p.id = u.parent_id where u.depth < 100
                )
                """
                + "select u.start_id, o.id, o.title from up u join objectives o on o.id = u.id"
                + " where u.parent_id is null and o.org_id = :org and o.level = 'COMPANY' and "
                + ObjectiveAccess.VISIBLE_SQL;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = native_(sql, access).setParameter("ids", ids).getResultList();
        Map<UUID, Ref> goals = new HashMap<>();
        for (Object[] row : rows) {
            goals.put((UUID) row[0], new Ref((UUID) row[1], (String) row[2]));
        }
        return goals;
    }

    /** Children of an objective: visible ones listed with contribution %, hidden ones only counted. */
    public Children children(ObjectiveAccess access, UUID objectiveId) {
        String sql = ObjectiveAccess.DOWNLINE_CTE + """
                select o.id, o.title, o.level, o.owner_id, ow.name, o.status, o.health, o.progress, o.weight,
                       %s as visible,
                       sum(case when o.status in ('ACTIVE', 'COMPLETED') then o.weight end) over () as rollup_weight
                from objectives o join people ow on ow.id = o.owner_id
                where o.parent_id = :parent and o.org_id = :org
                order by lower(o.title), o.id
                """.formatted(ObjectiveAccess.VISIBLE_SQL);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                native_(sql, access).setParameter("parent", objectiveId).getResultList();
        List<Child> items = new ArrayList<>();
        int hidden = 0;
        for (Object[] r : rows) {
            if (!Boolean.TRUE.equals(r[9])) {
                hidden++;
                continue;
            }
            ObjectiveStatus status = ObjectiveStatus.valueOf((String) r[5]);
            BigDecimal weight = (BigDecimal) r[8];
            BigDecimal total = (BigDecimal) r[10];
            BigDecimal contribution = (status == ObjectiveStatus.ACTIVE || status == ObjectiveStatus.COMPLETED)
                            && total != null
                            && total.signum() > 0
                    ? weight.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP)
                    : null;
            items.add(new Child(
                    (UUID) r[0],
                    (String) r[1],
                    ObjectiveLevel.valueOf((String) r[2]),
                    new Ref((UUID) r[3], (String) r[4]),
                    status,
                    Health.valueOf((String) r[6]),
                    (BigDecimal) r[7],
                    weight,
                    contribution));
        }
        return new Children(rows.size(), hidden, items);
    }

    /** The path from an objective's parent up to its root, root first, cut at the first hidden ancestor. */
    public Alignment alignment(ObjectiveAccess access, UUID objectiveId) {
        String sql = "with recursive " + ObjectiveAccess.DOWNLINE
                + """
                , up(id, depth) as (
                    select x.parent_id, 1 from objectives x where x.id = :start and x.parent_id is not null
                    union all
                    select p.parent_id, u.depth + 1
                    from objectives p join up u on p.id = u.id where p.parent_id is not null and u.depth < 100
                )
                """
                + "select o.id, o.title, o.level, o.owner_id, ow.name, o.progress, o.health, o.status, "
                + ObjectiveAccess.VISIBLE_SQL + " as visible"
                + " from up u join objectives o on o.id = u.id join people ow on ow.id = o.owner_id"
                + " where o.org_id = :org order by u.depth";
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                native_(sql, access).setParameter("start", objectiveId).getResultList();
        List<AlignmentStep> path = new ArrayList<>();
        boolean hiddenAncestor = false;
        for (Object[] r : rows) {
            if (!Boolean.TRUE.equals(r[8])) {
                hiddenAncestor = true;
                break;
            }
            path.add(new AlignmentStep(
                    (UUID) r[0],
                    (String) r[1],
                    ObjectiveLevel.valueOf((String) r[2]),
                    new Ref((UUID) r[3], (String) r[4]),
                    (BigDecimal) r[5],
                    Health.valueOf((String) r[6]),
                    ObjectiveStatus.valueOf((String) r[7])));
        }
        Collections.reverse(path);
        boolean reaches = !hiddenAncestor && !path.isEmpty() && path.get(0).level() == ObjectiveLevel.COMPANY;
        return new Alignment(path, reaches, hiddenAncestor);
    }

    /** True when `candidate` is `objectiveId` itself or below it: aligning to it would close a loop. */
    public boolean isSelfOrDescendant(UUID objectiveId, UUID candidate) {
        Object found = Panache.getEntityManager()
                .createNativeQuery("""
                        with recursive down(id, depth) as (
                            select cast(:root as uuid), 0
                            union all
                            select o.id, d.depth + 1 from objectives o join down d on o.parent_id = d.id where d.depth < 100
                        )
                        select exists (select 1 from down where id = :candidate)
                        """)
                .setParameter("root", objectiveId)
                .setParameter("candidate", candidate)
                .getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    /** The status an archived objective had before it was archived, from its history (DRAFT when none). */
    public ObjectiveStatus statusBeforeArchive(UUID objectiveId) {
        @SuppressWarnings("unchecked")
        List<String> rows = Panache.getEntityManager()
                .createNativeQuery("""
                        select status from objective_history where objective_id = :id and status <> 'ARCHIVED'
                        order by recorded_at desc, id desc limit 1
                        """)
                .setParameter("id", objectiveId)
                .getResultList();
        return rows.isEmpty() ? ObjectiveStatus.DRAFT : ObjectiveStatus.valueOf(rows.get(0));
    }

    private static Query native_(String sql, ObjectiveAccess access) {
        return Panache.getEntityManager()
                .createNativeQuery(sql)
                .setParameter("me", access.me())
                .setParameter("admin", access.isAdmin())
                .setParameter("org", access.orgId());
    }

    private static ObjectiveSummary toSummary(Object[] r, Map<UUID, Ref> goals) {
        UUID id = (UUID) r[0];
        return new ObjectiveSummary(
                id,
                (String) r[1],
                ObjectiveLevel.valueOf((String) r[2]),
                ObjectiveStatus.valueOf((String) r[3]),
                Health.valueOf((String) r[4]),
                (BigDecimal) r[5],
                Visibility.valueOf((String) r[6]),
                (BigDecimal) r[7],
                new Ref((UUID) r[8], (String) r[9]),
                new Ref((UUID) r[10], (String) r[11]),
                Ref.of((UUID) r[12], (String) r[13]),
                (UUID) r[14],
                goals.get(id),
                SqlValues.localDate(r[15]),
                SqlValues.instant(r[16]),
                SqlValues.instant(r[17]),
                ((Number) r[18]).longValue(),
                ((Number) r[19]).longValue(),
                ((Number) r[20]).intValue());
    }
}
