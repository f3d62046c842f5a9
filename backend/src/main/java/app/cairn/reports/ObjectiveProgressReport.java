package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Average objective progress at the end of each week, per team, level or manager. Each history row
 * contributes its change since the objective's previous row (`prev_progress`, linked by a trigger) to
 * its week, and a running sum per group turns those changes into levels. For the whole organization by
 * team or level the changes come summed per day from objective_days; otherwise from objective_history
 * in one pass.
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

    /** Two quarters' weeks side by side mix objectives of two periods: the default is the current one. */
    @Override
    public boolean currentPeriodByDefault() {
        return true;
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
        String agg = Report.readsObjectiveDays(scope)
                ? Report.DAYS_CTE + Report.WEEKS_CTE + """
                        , agg as (
                            select grp, wk, sum(progress_change) as d, sum(started) as n from days group by 1, 2
                        ),
                        """
                : OBJECTIVES_CTE + """
                        , agg as (
                            select b.grp, %s as wk, sum(h.progress - coalesce(h.prev_progress, 0)) as d,
                                   count(*) filter (where h.prev_health is null) as n
                            from objective_history h join objs b on b.id = h.objective_id
                            where h.org_id = :org and h.recorded_at < :to
                            group by 1, 2
                        ),
                        """.formatted(Report.weekOf("h.recorded_at"));
        return agg + """
                -- the groups from agg, not objs: objs is then read once, inlined, and scanned in parallel
                grid as (
                    select g.grp, w.wk, coalesce(a.d, 0) as d, coalesce(a.n, 0) as n
                    from (select distinct grp from agg) g cross join weeks w
                    left join agg a on a.grp = g.grp and a.wk = w.wk
                )
                select cast(wk as date) as week, grp, sum(n) over r as objectives,
                       round(sum(d) over r / nullif(sum(n) over r, 0), 1) as average_progress
                from grid
                window r as (partition by grp order by wk)
                """;
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
