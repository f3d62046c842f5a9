package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How many objectives were on track, at risk and off track at the end of each week, from
 * objective_history (each change of health moves one objective between columns), with the
 * objectives at risk, off track and stale (active, no check-in within the
 * organization's check-in cadence) now as figures.
 */
@ApplicationScoped
public class HealthReport implements Report {

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
        return OBJECTIVES_CTE + """
                , states as (
                    select %s as wk, h.health, lag(h.health) over w as prev
                    from objective_history h join objs b on b.id = h.objective_id
                    where h.recorded_at < :to
                    window w as (partition by h.objective_id order by h.recorded_at, h.id)
                ),
                moves as (
                    select wk, health, 1 as d from states where prev is distinct from health
                    union all
                    select wk, prev, -1 from states where prev is not null and prev <> health
                ),
                agg as (
                    select wk, sum(d) filter (where health = 'ON_TRACK') as on_track,
                           sum(d) filter (where health = 'AT_RISK') as at_risk,
                           sum(d) filter (where health = 'OFF_TRACK') as off_track
                    from moves group by wk
                ),
                grid as (
                    select w.wk, coalesce(a.on_track, 0) as on_track, coalesce(a.at_risk, 0) as at_risk,
                           coalesce(a.off_track, 0) as off_track
                    from weeks w left join agg a on a.wk = w.wk
                )
                select cast(wk as date) as week, sum(on_track) over r as on_track, sum(at_risk) over r as at_risk,
                       sum(off_track) over r as off_track
                from grid window r as (order by wk)
                """.formatted(Report.weekOf("h.recorded_at"));
    }

    @Override
    public String orderBy() {
        return "week";
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec(
                "stacked-bar", "Week", "Objectives", "week", null, List.of("on_track", "at_risk", "off_track"));
    }

    @Override
    public String figuresSql(ReportScope scope) {
        return OBJECTIVES_CTE + """
                select 'At risk now', count(*) filter (where status = 'ACTIVE' and health = 'AT_RISK'), 'number'
                from objs
                union all
                select 'Off track now', count(*) filter (where status = 'ACTIVE' and health = 'OFF_TRACK'), 'number'
                from objs
                union all
                select 'Stale (no check-in for ' || (select check_in_cadence_days from organizations where id = :org)
                           || ' days)',
                       count(*) filter (where status = 'ACTIVE'
                           and coalesce(last_check_in_at, created_at) < cast(:ref as timestamptz)
                               - make_interval(days => (select check_in_cadence_days from organizations
                                                         where id = :org))),
                       'number'
                from objs
                """;
    }
}
