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

    @Override
    public String tableSql(ReportScope scope) {
        return OBJECTIVES_CTE + """
                , reach(id) as (
                    select o.id from objectives o join periods pe on pe.id = o.period_id
                    where o.org_id = :org and o.level = 'COMPANY'
                      and pe.start_date <= :toDate and pe.end_date >= :fromDate
                    union all
                    select o.id from objectives o join reach r on o.parent_id = r.id
                )
                select pe.name as period, pe.start_date as starts, count(*) as objectives, count(r.id) as aligned,
                       round(100.0 * count(r.id) / nullif(count(*), 0), 1) as coverage
                from objs b join periods pe on pe.id = b.period_id left join reach r on r.id = b.id
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
