package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import java.util.List;

/**
 * One report: its table as SQL after {@link ReportScope#CTE} (columns named by the keys of
 * {@link #columns}), the order of its rows, and its chart and headline figures, read with the table in
 * one statement (so CTEs they share are computed once). Everything is computed in PostgreSQL; Java
 * only pages, pivots and writes.
 */
public interface Report {

    /**
     * How the chart is drawn: `kind` (line, bar, stacked-bar), the axis labels, and which table columns
     * feed it: x from `xKey`; one series per distinct `seriesKey` value (of the first value column), or,
     * when `seriesKey` is null, one series per value column.
     */
    record ChartSpec(
            String kind, String xLabel, String yLabel, String xKey, String seriesKey, List<String> valueKeys) {}

    /**
     * A list of items a report offers besides its main table (the objectives at risk, the overdue 1:1
     * pairs…): shown instead of the main table when asked for with `list`, in JSON and CSV alike;
     * the chart and the figures stay the report's. `sql` is like {@link #tableSql}.
     */
    record ItemList(String key, String title, List<Column> columns, String sql, String orderBy) {}

    String slug();

    String title();

    String description();

    List<Column> columns(ReportScope scope);

    /** The extra CTEs (each starting with a comma) and the select of the table rows, without order. */
    String tableSql(ReportScope scope);

    /** The `order by` of the table, over the columns' keys. */
    String orderBy();

    ChartSpec chart(ReportScope scope);

    /**
     * A select returning (x text, series text, value numeric), ordered by x, for a chart that is not drawn
     * from the table's rows; null (the default) draws it from all the table's rows. Like {@link
     * #figuresSql}, it has no CTEs of its own: it reads those of {@link #tableSql} and `report_rows` (the
     * table's rows), as the table, the chart and the figures are one statement.
     */
    default String chartSql(ReportScope scope) {
        return null;
    }

    /**
     * Whether a request naming no period and no dates covers the organization's current period (up to
     * today) rather than the last 13 weeks.
     */
    default boolean currentPeriodByDefault() {
        return false;
    }

    /** The item lists this report offers (none by default). */
    default List<ItemList> lists(ReportScope scope) {
        return List.of();
    }

    /**
     * A select returning (label text, value numeric, type text), over the CTEs of {@link #tableSql} and
     * `report_rows` (see {@link #chartSql}); null for none.
     */
    default String figuresSql(ReportScope scope) {
        return null;
    }

    static Column text(String key, String label) {
        return new Column(key, label, "text");
    }

    static Column number(String key, String label) {
        return new Column(key, label, "number");
    }

    static Column percent(String key, String label) {
        return new Column(key, label, "percent");
    }

    static Column date(String key, String label) {
        return new Column(key, label, "date");
    }

    static Column datetime(String key, String label) {
        return new Column(key, label, "datetime");
    }

    /** The label of the grouping column for `groupBy`. */
    static String groupLabel(ReportScope scope) {
        return switch (scope.groupBy()) {
            case "level" -> "Level";
            case "manager" -> "Manager";
            default -> "Team";
        };
    }

    /** The weeks of the range as `weeks` (wk: each Monday, in the organization's calendar). */
    String WEEKS_CTE = """
            , weeks as (
                select generate_series(date_trunc('week', cast(:fromDate as timestamp)),
                                       date_trunc('week', cast(:toDate as timestamp)), interval '1 week') as wk
            )
            """;

    /**
     * Objectives aliased `objs` (id, level, period_id, status, health, progress, last_check_in_at,
     * created_at, grp): owned by someone in scope, in a period overlapping the range, past draft, of
     * the chosen level; `grp` is their team, level or the owner's manager as `groupBy` asks. For the
     * whole organization (`wholeOrg`) every owner is in scope, so the people are not read at all, and
     * the owner's manager only when grouping by manager: statements are planned with their values
     * ({@link NamedSql}), so the branch not taken costs nothing.
     */
    String OBJECTIVES_CTE = """
            , objs as (
                select o.id, o.level, o.period_id, o.status, o.health, o.progress, o.last_check_in_at, o.created_at,
                       case cast(:groupBy as text) when 'level' then initcap(o.level)
                            when 'manager' then coalesce(m.name, 'No manager')
                            else coalesce(t.name, 'No team') end as grp
                from objectives o
                join periods pe on pe.id = o.period_id
                left join teams t on t.id = o.team_id
                left join people op on cast(:groupBy as text) = 'manager' and op.id = o.owner_id
                left join people m on m.id = op.manager_id
                where o.org_id = :org and (:wholeOrg or o.owner_id in (select id from scope))
                  and pe.start_date <= :toDate and pe.end_date >= :fromDate
                  and o.status <> 'DRAFT' and (:level = '' or o.level = :level)
            )
            """ + WEEKS_CTE;

    /**
     * `days` (wk, grp, progress_change, started, on_track, at_risk, off_track): the history of objectives
     * past draft in periods overlapping the range, of the chosen level, up to the end of the range, summed
     * per day, period, level and team by triggers (objective_days); `wk` is the day's week clamped to the
     * first week of the range (as {@link #weekOf}), `grp` the team or level as `groupBy` asks. What the
     * whole organization's weekly progress and health read instead of every history row joined to `objs`
     * ({@link #readsObjectiveDays}).
     */
    String DAYS_CTE = """
            , days as (
                select greatest(date_trunc('week', cast(r.day as timestamp)),
                                date_trunc('week', cast(:fromDate as timestamp))) as wk,
                       case cast(:groupBy as text) when 'level' then initcap(r.level)
                            else coalesce(t.name, 'No team') end as grp,
                       r.progress_change, r.started, r.on_track, r.at_risk, r.off_track
                from objective_days r
                left join teams t on t.id = r.team_id
                where r.org_id = :org and r.day <= :toDate and (:level = '' or r.level = :level)
                  and r.period_id in (select id from periods
                                      where org_id = :org and start_date <= :toDate and end_date >= :fromDate)
            )
            """;

    /**
     * Whether weekly progress and health read {@link #DAYS_CTE}: for the whole organization, grouped by
     * team or level. Grouping by manager, or a team or manager filter, needs each objective's owner, so
     * those read the history.
     */
    static boolean readsObjectiveDays(ReportScope scope) {
        return scope.wholeOrg() && !"manager".equals(scope.groupBy());
    }

    /** The week (Monday, in the organization's time zone) of a timestamp column, clamped to the first week of the range. */
    static String weekOf(String column) {
        return "greatest(date_trunc('week', " + column + " at time zone :zone),"
                + " date_trunc('week', cast(:fromDate as timestamp)))";
    }
}
