package app.cairn.reports;

import app.cairn.feedback.FeedbackAccess;
import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Feedback and praise received by people in scope, per team and company value (feedback tagged with
 * two values counts under each). Counts only feedback the caller may know of ({@link
 * FeedbackAccess#KNOWN_SQL}): admins all; managers what they may read of those below them.
 */
@ApplicationScoped
public class FeedbackVolumeReport implements Report {

    @Override
    public String slug() {
        return "feedback-volume";
    }

    @Override
    public String title() {
        return "Feedback and praise";
    }

    @Override
    public String description() {
        return "Feedback and praise received per team and company value.";
    }

    @Override
    public List<Column> columns(ReportScope scope) {
        return List.of(
                Report.text("team", "Team"),
                Report.text("value", "Company value"),
                Report.number("feedback", "Feedback"),
                Report.number("praise", "Praise"));
    }

    @Override
    public String tableSql(ReportScope scope) {
        return """
                select coalesce(t.name, 'No team') as team, coalesce(v.name, 'No value') as value,
                       count(*) filter (where f.visibility <> 'PUBLIC') as feedback,
                       count(*) filter (where f.visibility = 'PUBLIC') as praise
                from feedback f join scope s on s.id = f.recipient_id
                left join teams t on t.id = s.team_id
                left join feedback_values fv on fv.feedback_id = f.id
                left join company_values v on v.id = fv.value_id
                where f.org_id = :org and f.created_at >= :from and f.created_at < :to and %s
                group by 1, 2
                """.formatted(FeedbackAccess.KNOWN_SQL);
    }

    @Override
    public String orderBy() {
        return "team, value";
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec("stacked-bar", "Company value", "Received", "value", null, List.of("feedback", "praise"));
    }
}
