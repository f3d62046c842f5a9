package app.cairn.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A checked report request: who asks, the days covered and the narrowing filters, as SQL parameters
 * for {@link #CTE}. Days are the organization's (`zone`). Built by {@link ReportAccess} only.
 */
public record ReportScope(
        UUID orgId,
        UUID me,
        boolean admin,
        LocalDate from,
        LocalDate to,
        UUID root,
        UUID teamId,
        String level,
        String groupBy,
        boolean publicPraiseOn,
        Instant now,
        ZoneId zone) {

    private static final UUID NONE = new UUID(0, 0);

    /**
     * `mine`: everyone the caller's reports may cover (admins: the organization; managers: themselves
     * and everyone below them); `downline`: everyone below the caller; `scope`: the people of `mine`
     * (written out so an admin's scope is one scan of the organization's people) narrowed to the chosen
     * manager's tree and team, with each person's name, team and manager.
     */
    public static final String CTE = """
            with recursive downline(id) as (
                select id from people where manager_id = :me and not :admin
                union
                select p.id from people p join downline d on p.manager_id = d.id
            ),
            tree(id) as (
                select id from people where id = :root and org_id = :org and :hasRoot
                union
                select p.id from people p join tree t on p.manager_id = t.id
            ),
            mine as (
                select id from people where org_id = :org and :admin
                union all select cast(:me as uuid) where not :admin
                union all select id from downline
            ),
            scope as (
                select p.id, p.name, p.team_id, p.manager_id, p.active from people p
                where p.org_id = :org and (:admin or p.id = :me or p.id in (select id from downline))
                  and (not :hasRoot or p.id in (select id from tree))
                  and (not :hasTeam or p.team_id = :team)
            )
            """;

    /** An admin's unfiltered scope: everyone in the organization (reports then need not look people up in it). */
    public boolean wholeOrg() {
        return admin && root == null && teamId == null;
    }

    public Instant fromInstant() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The end of the last day covered (exclusive). */
    public Instant toInstant() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The moment "now" stands for in the report: the end of the range, or now when that is later. */
    public Instant reference() {
        Instant end = toInstant();
        return end.isAfter(now) ? now : end;
    }

    /** The parameters of {@link #CTE} and the common ones every report query may use. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("org", orgId);
        params.put("me", me);
        params.put("admin", admin);
        params.put("root", root == null ? NONE : root);
        params.put("hasRoot", root != null);
        params.put("team", teamId == null ? NONE : teamId);
        params.put("hasTeam", teamId != null);
        params.put("wholeOrg", wholeOrg());
        params.put("level", level == null ? "" : level);
        params.put("groupBy", groupBy);
        params.put("publicOn", publicPraiseOn);
        params.put("fromDate", from);
        params.put("toDate", to);
        params.put("from", java.sql.Timestamp.from(fromInstant()));
        params.put("to", java.sql.Timestamp.from(toInstant()));
        params.put("ref", java.sql.Timestamp.from(reference()));
        params.put("zone", zone.getId());
        // the whole weeks (Monday to Sunday) inside the range: from the first Monday on or after `from` up to
        // (excluding) the Monday on or before the day after `to`; the days outside them are partial weeks
        params.put("wholeWeeksFrom", from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
        params.put("wholeWeeksEnd", to.plusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        return params;
    }
}
