package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Overall ratings per cycle (rounded to the scale's whole points) and team or manager, with the
 * calibration shifts (provisional → final). Only ratings the caller may read, as ReviewAccess says:
 * admins all; managers those of reviews whose manager is them or below them, not their own.
 */
@ApplicationScoped
public class RatingDistributionReport implements Report {

    @Override
    public String slug() {
        return "rating-distribution";
    }

    @Override
    public String title() {
        return "Rating distribution";
    }

    @Override
    public String description() {
        return "Overall ratings per cycle and team or manager, with calibration shifts, across cycles.";
    }

    @Override
    public List<Column> columns(ReportScope scope) {
        return List.of(
                Report.text("cycle", "Cycle"),
                Report.text("grp", scope.groupBy().equals("manager") ? "Manager" : "Team"),
                Report.number("rating", "Rating"),
                Report.number("reviews", "Reviews"),
                Report.number("raised", "Raised in calibration"),
                Report.number("lowered", "Lowered in calibration"));
    }

    @Override
    public String tableSql(ReportScope scope) {
        return ReviewCompletionReport.REVIEWS + """
                select cycle, grp, min(launched) as launched, round(overall_rating) as rating, count(*) as reviews,
                       count(*) filter (where provisional_rating is not null and overall_rating > provisional_rating)
                           as raised,
                       count(*) filter (where provisional_rating is not null and overall_rating < provisional_rating)
                           as lowered
                from revs
                where overall_rating is not null
                  and (:admin or (manager_id in (select id from mine) and reviewee_id <> :me))
                group by cycle_id, cycle, grp, round(overall_rating)
                """;
    }

    @Override
    public String orderBy() {
        return "launched, cycle, grp, rating";
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec("stacked-bar", "Cycle", "Reviews", "cycle", "rating", List.of("reviews"));
    }
}
