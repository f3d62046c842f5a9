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

    /**
     * `authored`: per person in scope, from check_in_days (check-ins per author and day in the
     * organization's calendar, kept by triggers): check-ins, last check-in and weeks with check-ins in
     * the range, in one hash aggregate. The weeks are counted as bits (week i after the Monday starting
     * the range: two 63-week words cover the two-year maximum) rather than with a sorting count(distinct).
     */
    private static final String PER_AUTHOR = """
            , authored as (
                select d.author_id, sum(d.check_ins) as n, max(d.last_at) as last_at,
                       coalesce(bit_count(cast(bit_or(case when w.i < 63 then cast(1 as bigint) << w.i end) as bit(64))), 0)
                       + coalesce(bit_count(cast(bit_or(case when w.i >= 63 then cast(1 as bigint) << (w.i - 63) end)
                                                 as bit(64))), 0) as weeks
                from check_in_days d join scope s on s.id = d.author_id
                cross join lateral (
                    select (d.day - cast(:fromDate as date) + cast(extract(isodow from cast(:fromDate as date)) as integer) - 1) / 7
                        as i) w
                where d.org_id = :org and d.day between :fromDate and :toDate
                group by d.author_id
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
                       (select d.last_at from check_in_days d
                        where d.org_id = :org and d.author_id = s.id and d.day < :fromDate
                        order by d.day desc limit 1) as last_check_in
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
                , author_weeks as (
                    select date_trunc('week', cast(d.day as timestamp)) as wk, d.author_id, sum(d.check_ins) as n
                    from check_in_days d join scope s on s.id = d.author_id
                    where d.org_id = :org and d.day between :fromDate and :toDate
                    group by 1, 2
                ),
                weekly as (select wk, sum(n) as n, count(*) as people from author_weeks group by wk)
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
