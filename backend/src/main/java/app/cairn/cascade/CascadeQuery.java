package app.cairn.cascade;

import app.cairn.objectives.Health;
import app.cairn.objectives.ObjectiveAccess;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.ObjectiveStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cascade in one set-based query: the period's objectives plus their ancestors in other periods
 * (a recursive CTE), each with its state now or as of a past moment (the latest history row before
 * it), its owner and team, and whether the caller may see it.
 */
@ApplicationScoped
public class CascadeQuery {

    /** One objective of the cascade as the database has it. */
    public record Row(
            UUID id,
            UUID parentId,
            String title,
            ObjectiveLevel level,
            UUID ownerId,
            String ownerName,
            UUID ownerTeamId,
            UUID teamId,
            String teamName,
            ObjectiveStatus status,
            Health health,
            BigDecimal progress,
            BigDecimal weight,
            boolean inPeriod,
            boolean visible) {}

    static final String SQL = """
            with recursive %s,
            in_period as (
                select o.id, o.parent_id from objectives o where o.org_id = :org and o.period_id = :period
            ),
            ancestors(id, parent_id) as (
                select p.id, p.parent_id from objectives p
                where p.id in (select i.parent_id from in_period i) and p.period_id <> :period and p.org_id = :org
                union
                select p.id, p.parent_id from objectives p join ancestors a on p.id = a.parent_id where p.org_id = :org
            ),
            ids as (select id from in_period union select id from ancestors)
            select o.id, s.parent_id, o.title, o.level, o.owner_id, ow.name, ow.team_id, o.team_id, t.name,
                   s.status, s.health, s.progress, s.weight, o.period_id = :period, %s
            from ids
            join objectives o on o.id = ids.id
            cross join lateral (%s) s
            join people ow on ow.id = o.owner_id
            left join teams t on t.id = o.team_id
            where s.status <> 'ARCHIVED'
            """;

    private static final String NOW_STATE = "select o.parent_id, o.status, o.health, o.progress, o.weight";

    private static final String PAST_STATE = "select h.parent_id, h.status, h.health, h.progress, h.weight"
            + " from objective_history h where h.objective_id = o.id and h.recorded_at <= :asOf"
            + " order by h.recorded_at desc, h.id desc limit 1";

    /** The cascade's SQL, now or as of `:asOf`; parameters :me, :admin, :org, :period (and :asOf). */
    public static String sql(boolean past) {
        return SQL.formatted(ObjectiveAccess.DOWNLINE, ObjectiveAccess.VISIBLE_SQL, past ? PAST_STATE : NOW_STATE);
    }

    public List<Row> rows(ObjectiveAccess access, UUID periodId, Instant asOf) {
        String sql = sql(asOf != null);
        Query query =
                bind(Panache.getEntityManager().createNativeQuery(sql), access).setParameter("period", periodId);
        if (asOf != null) {
            query.setParameter("asOf", OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        List<Row> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new Row(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    ObjectiveLevel.valueOf((String) r[3]),
                    (UUID) r[4],
                    (String) r[5],
                    (UUID) r[6],
                    (UUID) r[7],
                    (String) r[8],
                    ObjectiveStatus.valueOf((String) r[9]),
                    Health.valueOf((String) r[10]),
                    (BigDecimal) r[11],
                    (BigDecimal) r[12],
                    (Boolean) r[13],
                    (Boolean) r[14]));
        }
        return rows;
    }

    /** Progress history of the period's objectives up to `until`, oldest first per objective. */
    public Map<UUID, List<Point>> history(UUID orgId, UUID periodId, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = Panache.getEntityManager()
                .createNativeQuery("""
                        select h.objective_id, h.recorded_at, h.progress from objective_history h
                        join objectives o on o.id = h.objective_id
                        where o.org_id = :org and o.period_id = :period and h.recorded_at <= :until
                        order by h.objective_id, h.recorded_at, h.id
                        """)
                .setParameter("org", orgId)
                .setParameter("period", periodId)
                .setParameter("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .getResultList();
        Map<UUID, List<Point>> history = new HashMap<>();
        for (Object[] r : result) {
            history.computeIfAbsent((UUID) r[0], id -> new ArrayList<>())
                    .add(new Point(instant(r[1]), (BigDecimal) r[2]));
        }
        return history;
    }

    public record Point(Instant at, BigDecimal progress) {}

    /**
     * What the cascade of an organization depends on, as one value that changes whenever it may: the
     * newest objective history row (every change of an objective records one) and the newest change
     * to its people and teams (names, reporting lines, roles).
     */
    public String changeStamp(UUID orgId) {
        Object[] row = (Object[]) Panache.getEntityManager()
                .createNativeQuery("""
                        select (select max(id) from objective_history where org_id = :org),
                               (select max(updated_at) from people where org_id = :org),
                               (select max(updated_at) from teams where org_id = :org)
                        """)
                .setParameter("org", orgId)
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }

    private static Query bind(Query query, ObjectiveAccess access) {
        return query.setParameter("me", access.me())
                .setParameter("admin", access.isAdmin())
                .setParameter("org", access.orgId());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
