package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Per period: the share of (non-company) objectives whose chain of parents reaches a company goal. */
@ApplicationScoped
public class AlignmentCoverageReport implements Report {

    @Override
    public String slug() {
        return "alignment-coverage";
    }

    @Override
    public String title() {
        return "Alignment coverage";
    }

    @Override
    public String description() {
        return "Per period, the share of team and individual objectives that ladder up to a company goal.";
    }

    @Override
    public List<Column> columns(ReportScope scope) {
        return List.of(
                Report.text("period", "Period"),
                Report.date("starts", "Starts"),
                Report.number("objectives", "Objectives"),
                Report.number("aligned", "Aligned to a company goal"),
                Report.percent("coverage", "Coverage"));
    }

    /**
     * An objective is aligned when its chain of parents ends at a company goal of a period overlapping the
     * range: `objective_roots` (kept by triggers) holds where each chain ends, so that is one join.
     */
    @Override
    public String tableSql(ReportScope scope) {
        return OBJECTIVES_CTE + """
                , goals as (
                    select g.id from objectives g join periods gp on gp.id = g.period_id
                    where g.org_id = :org and g.level = 'COMPANY'
                      and gp.start_date <= :toDate and gp.end_date >= :fromDate
                )
                select pe.name as period, pe.start_date as starts, count(*) as objectives, count(g.id) as aligned,
                       round(100.0 * count(g.id) / nullif(count(*), 0), 1) as coverage
                from objs b join periods pe on pe.id = b.period_id
                left join objective_roots x on x.objective_id = b.id
                left join goals g on g.id = x.root_id
                where b.level <> 'COMPANY'
                group by pe.id, pe.name, pe.start_date
                """;
    }

    @Override
    public String orderBy() {
        return "starts, period";
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec("line", "Period", "Coverage (%)", "period", null, List.of("coverage"));
    }
}
