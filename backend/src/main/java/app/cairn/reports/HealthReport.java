package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How many objectives were on track, at risk and off track at the end of each week, from
 * objective_history (each change of health moves one objective between columns; for the whole
 * organization summed per day in objective_days), with the
 * objectives at risk, off track and stale (active, no check-in within the organization's check-in
 * cadence) now as figures, and as item lists (`at-risk`, `stale`).
 */
@ApplicationScoped
public class HealthReport implements Report {

    /**
     * Objective `o`'s progress is rolled up from its aligned children (no key results, at least one
     * active or completed child): nobody checks in on it, so it is never stale itself (its children are).
     */
    static final String ROLLED_UP = """
            (not exists (select 1 from key_results k where k.objective_id = o.id)
             and exists (select 1 from objectives c where c.parent_id = o.id and c.status in ('ACTIVE', 'COMPLETED')))
            """;

    /** Active objectives of people in scope in a period overlapping the range, of the chosen level. */
    private static final String ACTIVE = """
            , active as (
                select o.title, s.name as owner, coalesce(t.name, 'No team') as team, pe.name as period, o.health,
                       o.progress, coalesce(o.last_check_in_at, o.created_at) as seen_at, o.last_check_in_at,
                       %s as rolled_up
                from objectives o
                join scope s on s.id = o.owner_id
                join periods pe on pe.id = o.period_id
                left join teams t on t.id = o.team_id
                where o.org_id = :org and pe.start_date <= :toDate and pe.end_date >= :fromDate
                  and o.status = 'ACTIVE' and (:level = '' or o.level = :level)
            )
            """.formatted(ROLLED_UP.strip());

    @Override
    public String slug() {
        return "health";
    }

    @Override
    public String title() {
        return "Health and status";
    }

    @Override
    public String description() {
        return "Objectives on track, at risk and off track week by week; at-risk and stale objectives now.";
    }

    @Override
    public List<Column> columns(ReportScope scope) {
        return List.of(
                Report.date("week", "Week"),
                Report.number("on_track", "On track"),
                Report.number("at_risk", "At risk"),
                Report.number("off_track", "Off track"));
    }

    @Override
    public String tableSql(ReportScope scope) {
        String agg = Report.readsObjectiveDays(scope)
                ? Report.DAYS_CTE + """
                        , agg as (
                            select wk, sum(on_track) as on_track, sum(at_risk) as at_risk, sum(off_track) as off_track
                            from days group by 1
                        ),
                        """
                : """
                        , agg as (
                            select %s as wk,
                                   sum((h.health = 'ON_TRACK')::int - coalesce((h.prev_health = 'ON_TRACK')::int, 0))
                                       as on_track,
                                   sum((h.health = 'AT_RISK')::int - coalesce((h.prev_health = 'AT_RISK')::int, 0))
                                       as at_risk,
                                   sum((h.health = 'OFF_TRACK')::int - coalesce((h.prev_health = 'OFF_TRACK')::int, 0))
                                       as off_track
                            from objective_history h join objs b on b.id = h.objective_id
                            where h.org_id = :org and h.recorded_at < :to and h.prev_health is distinct from h.health
                            group by 1
                        ),
                        """.formatted(Report.weekOf("h.recorded_at"));
        // objs for the figures (now), and for the history when objective_days are not read
        return OBJECTIVES_CTE + agg + """
                grid as (
                    select w.wk, coalesce(a.on_track, 0) as on_track, coalesce(a.at_risk, 0) as at_risk,
                           coalesce(a.off_track, 0) as off_track
                    from weeks w left join agg a on a.wk = w.wk
                )
                select cast(wk as date) as week, sum(on_track) over r as on_track, sum(at_risk) over r as at_risk,
                       sum(off_track) over r as off_track
                from grid window r as (order by wk)
                """;
    }

    @Override
    public String orderBy() {
        return "week";
    }

    @Override
    public List<ItemList> lists(ReportScope scope) {
        List<Column> columns = List.of(
                Report.text("objective", "Objective"),
                Report.text("owner", "Owner"),
                Report.text("team", "Team"),
                Report.text("period", "Period"),
                Report.text("health", "Health"),
                Report.percent("progress", "Progress"),
                Report.datetime("last_check_in", "Last check-in"),
                Report.number("days_without", "Days without check-in"));
        String select = ACTIVE + """
                select title as objective, owner, team, period,
                       case health when 'AT_RISK' then 'At risk' when 'OFF_TRACK' then 'Off track' else 'On track' end
                           as health,
                       progress, last_check_in_at as last_check_in,
                       cast(floor(extract(epoch from (cast(:ref as timestamptz) - seen_at)) / 86400) as integer) as days_without
                from active
                """;
        return List.of(
                new ItemList(
                        "at-risk",
                        "Objectives at risk or off track now",
                        columns,
                        select + "where health in ('AT_RISK', 'OFF_TRACK')\n",
                        "health desc, progress, objective"),
                new ItemList(
                        "stale",
                        "Stale objectives: no check-in within the organization's check-in cadence",
                        columns,
                        select + """
                                where not rolled_up and seen_at < cast(:ref as timestamptz) - make_interval(days => (
                                    select check_in_cadence_days from organizations where id = :org))
                                """,
                        "days_without desc, objective"));
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec(
                "stacked-bar", "Week", "Objectives", "week", null, List.of("on_track", "at_risk", "off_track"));
    }

    @Override
    public String figuresSql(ReportScope scope) {
        return """
                select f.* from (
                    select count(*) filter (where status = 'ACTIVE' and health = 'AT_RISK') as at_risk,
                           count(*) filter (where status = 'ACTIVE' and health = 'OFF_TRACK') as off_track,
                           count(*) filter (where status = 'ACTIVE'
                               and coalesce(last_check_in_at, created_at) < cast(:ref as timestamptz)
                                   - make_interval(days => (select check_in_cadence_days from organizations
                                                             where id = :org))
                               and not %s) as stale
                    from objs o) t
                cross join lateral (values
                    ('At risk now', t.at_risk, 'number'),
                    ('Off track now', t.off_track, 'number'),
                    ('Stale (no check-in for ' || (select check_in_cadence_days from organizations where id = :org)
                         || ' days)', t.stale, 'number')) f
                """.formatted(ROLLED_UP.strip());
    }
}
