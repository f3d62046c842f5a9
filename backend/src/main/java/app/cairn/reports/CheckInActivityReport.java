package app.cairn.reports;

import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Check-ins per person (total, per week, weeks active), people without any first; weekly totals charted;
 * the people without a check-in in the range as an item list (`without-check-ins`).
 */
@ApplicationScoped
public class CheckInActivityReport implements Report {

    private static final String PER_AUTHOR = """
            , authored as (
                select c.author_id, count(*) as n, count(distinct date_trunc('week', c.created_at at time zone :zone)) as weeks,
                       max(c.created_at) as last_at
                from check_ins c join scope s on s.id = c.author_id
                where c.org_id = :org and c.created_at >= :from and c.created_at < :to
                group by c.author_id
            )
            """;

    @Override
    public String slug() {
        return "check-in-activity";
    }

    @Override
    public String title() {
        return "Check-in activity";
    }

    @Override
    public String description() {
        return "Check-ins per person and per week; people without check-ins come first.";
    }

    @Override
    public List<Column> columns(ReportScope scope) {
        return List.of(
                Report.text("person", "Person"),
                Report.text("team", "Team"),
                Report.text("manager", "Manager"),
                Report.number("check_ins", "Check-ins"),
                Report.number("per_week", "Per week"),
                Report.number("active_weeks", "Weeks with check-ins"),
                Report.datetime("last_check_in", "Last check-in"));
    }

    @Override
    public String tableSql(ReportScope scope) {
        return PER_AUTHOR + """
                select s.name as person, t.name as team, m.name as manager, coalesce(a.n, 0) as check_ins,
                       round(coalesce(a.n, 0) / greatest(1, ceil((cast(:toDate as date) - cast(:fromDate as date) + 1) / 7.0)), 2)
                           as per_week,
                       coalesce(a.weeks, 0) as active_weeks, a.last_at as last_check_in
                from scope s left join authored a on a.author_id = s.id
                left join teams t on t.id = s.team_id left join people m on m.id = s.manager_id
                where s.active
                """;
    }

    @Override
    public String orderBy() {
        return "check_ins, person";
    }

    @Override
    public List<ItemList> lists(ReportScope scope) {
        return List.of(new ItemList(
                "without-check-ins",
                "People without check-ins in the range",
                List.of(
                        Report.text("person", "Person"),
                        Report.text("team", "Team"),
                        Report.text("manager", "Manager"),
                        Report.number("active_objectives", "Active objectives"),
                        Report.datetime("last_check_in", "Last check-in before")),
                PER_AUTHOR + """
                , owned as (
                    select o.owner_id, count(*) as n
                    from objectives o join scope s on s.id = o.owner_id join periods pe on pe.id = o.period_id
                    where o.org_id = :org and o.status = 'ACTIVE' and pe.start_date <= :toDate
                      and pe.end_date >= :fromDate
                    group by o.owner_id
                )
                select s.name as person, t.name as team, m.name as manager, coalesce(w.n, 0) as active_objectives,
                       (select max(c.created_at) from check_ins c
                        where c.org_id = :org and c.author_id = s.id and c.created_at < :from) as last_check_in
                from scope s left join authored a on a.author_id = s.id
                left join owned w on w.owner_id = s.id
                left join teams t on t.id = s.team_id left join people m on m.id = s.manager_id
                where s.active and a.author_id is null
                """,
                "active_objectives desc, person"));
    }

    @Override
    public ChartSpec chart(ReportScope scope) {
        return new ChartSpec("bar", "Week", "Check-ins", null, null, List.of());
    }

    @Override
    public String chartSql(ReportScope scope) {
        return """
                , weekly as (
                    select date_trunc('week', c.created_at at time zone :zone) as wk, count(*) as n,
                           count(distinct c.author_id) as people
                    from check_ins c join scope s on s.id = c.author_id
                    where c.org_id = :org and c.created_at >= :from and c.created_at < :to
                    group by 1
                )
                select to_char(wk, 'YYYY-MM-DD'), 'Check-ins', n from weekly
                union all
                select to_char(wk, 'YYYY-MM-DD'), 'People checking in', people from weekly
                order by 1
                """;
    }

    @Override
    public String figuresSql(ReportScope scope) {
        return PER_AUTHOR + """
                select 'Check-ins', coalesce(sum(a.n), 0), 'number' from scope s left join authored a on a.author_id = s.id
                where s.active
                union all
                select 'People without check-ins', count(*) filter (where a.author_id is null), 'number'
                from scope s left join authored a on a.author_id = s.id where s.active
                """;
    }
}
