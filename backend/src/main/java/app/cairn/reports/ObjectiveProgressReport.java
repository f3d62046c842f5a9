package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Average objective progress at the end of each week, per team, level or manager. Read from
 * objective_history in one pass: each history row contributes its change since the objective's
 * previous row to its week, and a running sum per group turns those changes into levels.
 */
@ApplicationScoped
public class ObjectiveProgressReport implements Report {

    @Override
    public String slug() {
        return "objective-progress";
    }

    @Override
    public String title() {
        return "Objective progress over time";
    }

    @Override
    public String description() {
        return "Average progress of objectives at the end of each week, per team, level or manager.";
    }

    @Override
    public List<Column> columns(ReportScope scope) {
        return List.of(
                Report.date("week", "Week"),
                Report.text("grp", Report.groupLabel(scope)),
                Report.number("objectives", "Objectives"),
                Report.percent("average_progress", "Average progress"));
    }

    @Override
    public String tableSql(ReportScope scope) {
        return OBJECTIVES_CTE + """
                , changes as (
                    select b.grp, %s as wk,
                           h.progress - coalesce(lag(h.progress) over w, 0) as delta,
                           case when lag(h.progress) over w is null then 1 else 0 end as born
                    from objective_history h join objs b on b.id = h.objective_id
                    where h.recorded_at < :to
                    window w as (partition by h.objective_id order by h.recorded_at, h.id)
                ),
                agg as (select grp, wk, sum(delta) as d, sum(born) as n from changes group by grp, wk),
                grid as (
                    select g.grp, w.wk, coalesce(a.d, 0) as d, coalesce(a.n, 0) as n
                    from (select distinct grp from objs) g cross join weeks w
                    left join agg a on a.grp = g.grp and a.wk = w.wk
                )
                select cast(wk as date) as week, grp, sum(n) over r as objectives,
                       round(sum(d) over r / nullif(sum(n) over r, 0), 1) as average_progress
                from grid
                window r as (partition by grp order by wk)
                """.formatted(Report.weekOf("h.recorded_at"));
    }

    @Override
    public String orderBy() {
        return "week, grp";
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec("line", "Week", "Average progress (%)", "week", "grp", List.of("average_progress"));
    }
}
