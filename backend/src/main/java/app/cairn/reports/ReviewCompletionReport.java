package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Per launched cycle active in the range and per team or manager: how many reviews passed each step. */
@ApplicationScoped
public class ReviewCompletionReport implements Report {

    /** Reviews aliased `r` of people in scope, in cycles launched before the range ends and open during it. */
    static final String REVIEWS = """
            , revs as (
                select r.*, c.name as cycle, coalesce(c.launched_at, c.created_at) as launched,
                       case when cast(:groupBy as text) = 'manager' then coalesce(m.name, 'No manager')
                            else coalesce(t.name, 'No team') end as grp
                from reviews r join review_cycles c on c.id = r.cycle_id
                join scope s on s.id = r.reviewee_id
                left join teams t on t.id = r.team_id left join people m on m.id = r.manager_id
                where r.org_id = :org and c.state <> 'DRAFT' and coalesce(c.launched_at, c.created_at) < :to
                  and coalesce(c.closed_at, cast(:ref as timestamptz)) >= :from
            )
            """;

    @Override
    public String slug() {
        return "review-completion";
    }

    @Override
    public String title() {
        return "Review completion";
    }

    @Override
    public String description() {
        return "Per cycle and team or manager: self reviews, manager reviews, shared and acknowledged.";
    }

    @Override
    public List<Column> columns(ReportScope scope) {
        return List.of(
                Report.text("cycle", "Cycle"),
                Report.text("grp", scope.groupBy().equals("manager") ? "Manager" : "Team"),
                Report.number("reviews", "Reviews"),
                Report.number("self_done", "Self reviews submitted"),
                Report.number("manager_done", "Manager reviews done"),
                Report.number("shared", "Shared"),
                Report.number("acknowledged", "Acknowledged"),
                Report.percent("completion", "Completion"));
    }

    @Override
    public String tableSql(ReportScope scope) {
        return REVIEWS + """
                select cycle, grp, min(launched) as launched, count(*) as reviews,
                       count(*) filter (where exists (select 1 from review_responses x where x.review_id = revs.id
                           and x.role = 'SELF' and x.submitted_at is not null)) as self_done,
                       count(*) filter (where state in ('CALIBRATION', 'SHARED', 'ACKNOWLEDGED', 'SIGNED_OFF'))
                           as manager_done,
                       count(*) filter (where state in ('SHARED', 'ACKNOWLEDGED', 'SIGNED_OFF')) as shared,
                       count(*) filter (where state in ('ACKNOWLEDGED', 'SIGNED_OFF')) as acknowledged,
                       round(100.0 * count(*) filter (where state in ('SHARED', 'ACKNOWLEDGED', 'SIGNED_OFF'))
                           / count(*), 1) as completion
                from revs group by cycle_id, cycle, grp
                """;
    }

    @Override
    public String orderBy() {
        return "launched, cycle, grp";
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec(
                "bar",
                "Cycle",
                "Reviews",
                "cycle",
                null,
                List.of("self_done", "manager_done", "shared", "acknowledged"));
    }
}
