package app.cairn.cascade;

import app.cairn.common.persistence.SqlValues;
import app.cairn.objectives.Health;
import app.cairn.objectives.ObjectiveAccess;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.ObjectiveStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

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

    /** The SQL with `?` in place of its named parameters, and those names in order. */
    public record Positional(String sql, List<String> names) {

        static Positional of(String named) {
            Matcher m = NAMED.matcher(named);
            StringBuilder sql = new StringBuilder();
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            return new Positional(sql.toString(), List.copyOf(names));
        }
    }

    private static final Pattern NAMED = Pattern.compile(":(me|admin|org|period|asOf)\\b");
    private static final Positional NOW = Positional.of(sql(false));
    private static final Positional PAST = Positional.of(sql(true));

    public static Positional positional(boolean past) {
        return past ? PAST : NOW;
    }

    /**
     * Runs the cascade query on the transaction's JDBC connection: one prepared statement whose plan
     * the driver and server keep, and rows read straight into records (this is the hot read path).
     */
    public List<Row> rows(ObjectiveAccess access, UUID periodId, Instant asOf) {
        Positional query = positional(asOf != null);
        Map<String, Object> values = Map.of(
                "me", access.me(),
                "admin", access.isAdmin(),
                "org", access.orgId(),
                "period", periodId,
                "asOf", asOf == null ? "" : OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC));
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(query.sql())) {
                for (int i = 0; i < query.names().size(); i++) {
                    ps.setObject(i + 1, values.get(query.names().get(i)));
                }
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                ObjectiveLevel.valueOf(rs.getString(4)),
                                rs.getObject(5, UUID.class),
                                rs.getString(6),
                                rs.getObject(7, UUID.class),
                                rs.getObject(8, UUID.class),
                                rs.getString(9),
                                ObjectiveStatus.valueOf(rs.getString(10)),
                                Health.valueOf(rs.getString(11)),
                                rs.getBigDecimal(12),
                                rs.getBigDecimal(13),
                                rs.getBoolean(14),
                                rs.getBoolean(15)));
                    }
                }
                return rows;
            }
        });
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
                    .add(new Point(SqlValues.instant(r[1]), (BigDecimal) r[2]));
        }
        return history;
    }

    public record Point(Instant at, BigDecimal progress) {}

    /**
     * What the cascade of an organization depends on, as one value that moves with every committed
     * change to it: the organization's change counter, bumped at commit by database triggers on
     * objectives, key results, check-ins, history, people, teams and periods (migration V20).
     */
    public long changeStamp(UUID orgId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = Panache.getEntityManager()
                .createNativeQuery("select counter from cascade_changes where org_id = :org")
                .setParameter("org", orgId)
                .getResultList();
        return rows.isEmpty() ? 0 : rows.get(0).longValue();
    }

    private static Query bind(Query query, ObjectiveAccess access) {
        return query.setParameter("me", access.me())
                .setParameter("admin", access.isAdmin())
                .setParameter("org", access.orgId());
    }
}
