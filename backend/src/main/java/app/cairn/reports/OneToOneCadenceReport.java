package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Per manager in scope: how many of their active reports they met (a completed 1:1) within the pair's
 * interval (the pair's own, else the organization's default) before the end of the range, and how
 * many pairs are overdue (each listed in the item list `overdue`). Only the fact and time of sessions
 * is read, never their content.
 */
@ApplicationScoped
public class OneToOneCadenceReport implements Report {

    /**
     * Materialized: each pair's last 1:1 is looked up once, not once per column that reads it. Both people
     * are in the organization, and so are their 1:1s: the lookups read `sessions_completed_pair_idx` alone.
     */
    private static final String PAIRS = """
            , pairs as materialized (
                select m.id as mid, m.name as manager, m.team_id, r.id as rid,
                       coalesce(i.interval_days, ss.default_interval_days, 14) as days,
                       greatest(
                           (select max(x.starts_at) from sessions x
                            where x.organizer_id = m.id and x.attendee_id = r.id and x.status = 'COMPLETED'
                              and x.starts_at <= :ref),
                           (select max(x.starts_at) from sessions x
                            where x.organizer_id = r.id and x.attendee_id = m.id and x.status = 'COMPLETED'
                              and x.starts_at <= :ref)) as last_at
                from scope m join people r on r.manager_id = m.id and r.active
                left join one_to_one_intervals i on i.manager_id = m.id and i.report_id = r.id
                left join session_settings ss on ss.org_id = :org
                where m.active
            )
            """;

    @Override
    public String slug() {
        return "one-to-one-cadence";
    }

    @Override
    public String title() {
        return "1:1 cadence";
    }

    @Override
    public String description() {
        return "Per manager, the share of reports met within their 1:1 interval, and the overdue pairs.";
    }

    @Override
    public List<Column> columns(ReportScope scope) {
        return List.of(
                Report.text("manager", "Manager"),
                Report.text("team", "Team"),
                Report.number("reports", "Reports"),
                Report.number("met", "Met within interval"),
                Report.percent("share", "Share met"),
                Report.number("overdue", "Overdue"),
                Report.datetime("last_one_to_one", "Last 1:1"));
    }

    @Override
    public String tableSql(ReportScope scope) {
        return PAIRS + """
                select p.manager, t.name as team, count(*) as reports,
                       count(*) filter (where p.last_at >= cast(:ref as timestamptz) - p.days * interval '1 day') as met,
                       round(100.0 * count(*) filter (
                           where p.last_at >= cast(:ref as timestamptz) - p.days * interval '1 day') / count(*), 1) as share,
                       count(*) filter (where p.last_at is null
                           or p.last_at < cast(:ref as timestamptz) - p.days * interval '1 day') as overdue,
                       max(p.last_at) as last_one_to_one
                from pairs p left join teams t on t.id = p.team_id
                group by p.mid, p.manager, t.name
                """;
    }

    @Override
    public String orderBy() {
        return "share, manager";
    }

    @Override
    public List<ItemList> lists(ReportScope scope) {
        return List.of(new ItemList(
                "overdue",
                "Overdue 1:1 pairs",
                List.of(
                        Report.text("manager", "Manager"),
                        Report.text("report", "Report"),
                        Report.text("team", "Team"),
                        Report.number("interval_days", "Interval (days)"),
                        Report.datetime("last_one_to_one", "Last 1:1"),
                        Report.date("due", "Due since"),
                        Report.number("days_since", "Days since last 1:1")),
                PAIRS + """
                select p.manager, r.name as report, t.name as team, p.days as interval_days,
                       p.last_at as last_one_to_one,
                       cast((p.last_at + p.days * interval '1 day') at time zone :zone as date) as due,
                       cast(floor(extract(epoch from (cast(:ref as timestamptz) - p.last_at)) / 86400) as integer)
                           as days_since
                from pairs p join people r on r.id = p.rid left join teams t on t.id = r.team_id
                where p.last_at is null or p.last_at < cast(:ref as timestamptz) - p.days * interval '1 day'
                """,
                "last_one_to_one nulls first, manager, report"));
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec("bar", "Manager", "Reports met within interval (%)", "manager", null, List.of("share"));
    }

    @Override
    public String figuresSql(ReportScope scope) {
        return """
                select f.* from (select sum(met) as met, sum(reports) as reports, sum(overdue) as overdue
                                 from report_rows) t
                cross join lateral (values
                    ('Pairs met within interval', round(100.0 * t.met / nullif(t.reports, 0), 1), 'percent'),
                    ('Overdue pairs', coalesce(t.overdue, 0), 'number')) f
                """;
    }
}
