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
     * `person_weeks`: check-ins per person in scope and week of the range (each week's Monday, in the
     * organization's calendar): whole weeks from check_in_weeks, the days of a partial first or last week
     * from check_in_days (both kept by triggers); for the whole organization (`wholeOrg`) without a
     * lookup of the authors. `activity` sums them per person (check-ins, last
     * check-in, weeks with check-ins) and per week (check-ins, people checking in) in one pass;
     * `authored` is its per-person half.
     */
    private static final String ACTIVITY = """
            , person_weeks as (
                select w.author_id, w.week, w.check_ins as n, w.last_at
                from check_in_weeks w
                where w.org_id = :org and (:wholeOrg or w.author_id in (select id from scope))
                  and w.week >= :wholeWeeksFrom and w.week < :wholeWeeksEnd
                union all
                select d.author_id, cast(date_trunc('week', cast(d.day as timestamp)) as date), sum(d.check_ins),
                       max(d.last_at)
                from check_in_days d
                where d.org_id = :org and (:wholeOrg or d.author_id in (select id from scope))
                  and d.day between :fromDate and :toDate
                  and (d.day < :wholeWeeksFrom or d.day >= :wholeWeeksEnd)
                group by 1, 2
            ),
            activity as (
                -- per person: `spread` is the weeks with check-ins; per week: the people checking in
                select author_id, week, sum(n) as n, max(last_at) as last_at, count(*) as spread
                from person_weeks group by grouping sets ((author_id), (week))
            ),
            authored as (
                select author_id, n, last_at, spread as weeks from activity where author_id is not null
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
        return ACTIVITY + """
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
                ACTIVITY + """
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
                select to_char(week, 'YYYY-MM-DD'), 'Check-ins', n from activity where author_id is null
                union all
                select to_char(week, 'YYYY-MM-DD'), 'People checking in', spread from activity where author_id is null
                order by 1
                """;
    }

    @Override
    public String figuresSql(ReportScope scope) {
        return """
                select f.* from (select coalesce(sum(check_ins), 0) as n, count(*) filter (where check_ins = 0) as idle
                                 from report_rows) t
                cross join lateral (values ('Check-ins', t.n, 'number'), ('People without check-ins', t.idle, 'number')) f
                """;
    }
}
