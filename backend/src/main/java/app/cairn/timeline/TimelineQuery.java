package app.cairn.timeline;

import static app.cairn.common.persistence.SqlValues.instant;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.timeline.TimelineAccess.Viewer;
import app.cairn.timeline.dto.TimelineItem;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's history as one set-based query: every kind is a branch of a `union all`, each filtered
 * by its own visibility rule ({@link TimelineAccess}), then sorted, counted and paged in SQL.
 */
@ApplicationScoped
public class TimelineQuery {

    private static final String ITEMS = """
            with history as (
                select h.valid_from, h.team_id, h.manager_id, h.roles,
                       lag(h.team_id) over w as prev_team, lag(h.manager_id) over w as prev_manager,
                       lag(h.roles) over w as prev_roles, row_number() over w as n
                from person_history h where h.person_id = :person
                window w as (partition by h.person_id order by h.valid_from, h.id)
            ),
            items as (
                select 'OBJECTIVE' as kind, least(pe.end_date::timestamp at time zone 'UTC', :now) as at, o.title,
                       o.id as ref_id, null::text as detail, pe.id as period_id, pe.name as period_name, o.progress,
                       o.status, o.health, null::numeric as rating, null::int as cnt,
                       null::uuid as other_id, null::text as other_name
                from objectives o join periods pe on pe.id = o.period_id
                where o.owner_id = :person and o.org_id = :org and 'OBJECTIVE' in (:kinds) and %1$s
                union all
                select 'CHECK_INS', max(c.created_at), o.title, o.id, null, pe.id, pe.name,
                       (array_agg(c.objective_progress order by c.created_at desc))[1], null, null, null,
                       count(*)::int, null, null
                from check_ins c join objectives o on o.id = c.objective_id join periods pe on pe.id = o.period_id
                where o.owner_id = :person and o.org_id = :org and 'CHECK_INS' in (:kinds) and %1$s
                  and c.created_at >= :from and c.created_at < :to
                group by o.id, o.title, pe.id, pe.name
                union all
                select 'ONE_TO_ONE', s.starts_at, coalesce(s.title, case s.kind when 'ONE_TO_ONE' then 'One-to-one'
                           when 'CHECK_IN' then 'Check-in meeting' else 'Appraisal meeting' end), s.id,
                       s.kind, null, null, null, s.status, null, null, null, other.id, other.name
                from sessions s
                join people other on other.id = case when s.organizer_id = :person then s.attendee_id else s.organizer_id end
                where s.org_id = :org and (s.organizer_id = :person or s.attendee_id = :person)
                  and s.status = 'COMPLETED' and 'ONE_TO_ONE' in (:kinds) and %2$s
                union all
                select 'REVIEW', coalesce(r.shared_at, r.updated_at), c.name, r.id, null, pe.id, pe.name, null,
                       r.state, null, r.overall_rating, null, null, null
                from reviews r join review_cycles c on c.id = r.cycle_id join periods pe on pe.id = c.period_id
                where r.reviewee_id = :person and r.org_id = :org and 'REVIEW' in (:kinds) and %3$s
                union all
                select case when f.visibility = 'PUBLIC' then 'PRAISE' else 'FEEDBACK' end, f.created_at,
                       case when f.visibility = 'PUBLIC' then 'Praise from ' else 'Feedback from ' end || g.name,
                       f.id, case when %5$s then left(f.body, 280) end, null, null, null, null, null, null, null,
                       g.id, g.name
                from feedback f join people g on g.id = f.giver_id
                where f.recipient_id = :person and f.org_id = :org and %4$s
                  and (case when f.visibility = 'PUBLIC' then 'PRAISE' else 'FEEDBACK' end) in (:kinds)
                union all
                select 'TEAM_CHANGE', h.valid_from, coalesce('Joined ' || t.name, 'Left team'), h.team_id,
                       case when pt.name is not null then 'from ' || pt.name end, null, null, null, null, null,
                       null, null, null, null
                from history h left join teams t on t.id = h.team_id left join teams pt on pt.id = h.prev_team
                where 'TEAM_CHANGE' in (:kinds) and h.team_id is distinct from h.prev_team
                  and (h.n > 1 or h.team_id is not null)
                union all
                select 'MANAGER_CHANGE', h.valid_from, coalesce('Reports to ' || m.name, 'No manager'), h.manager_id,
                       case when pm.name is not null then 'previously ' || pm.name end, null, null, null, null,
                       null, null, null, m.id, m.name
                from history h left join people m on m.id = h.manager_id left join people pm on pm.id = h.prev_manager
                where 'MANAGER_CHANGE' in (:kinds) and h.manager_id is distinct from h.prev_manager
                  and (h.n > 1 or h.manager_id is not null)
                union all
                select 'ROLE_CHANGE', h.valid_from, 'Roles: ' || replace(h.roles, ',', ', '), null,
                       case when h.prev_roles is not null then 'previously ' || replace(h.prev_roles, ',', ', ') end,
                       null, null, null, null, null, null, null, null, null
                from history h
                where 'ROLE_CHANGE' in (:kinds) and h.n > 1 and h.roles is distinct from h.prev_roles
            )
            select kind, at, title, ref_id, detail, period_id, period_name, progress, status, health, rating, cnt,
                   other_id, other_name, count(*) over () as total
            from items
            where at >= :from and at < :to
            order by at desc, kind, ref_id
            limit :limit offset :offset
            """.formatted(
                    TimelineAccess.OBJECTIVE_SQL,
                    TimelineAccess.SESSION_SQL,
                    TimelineAccess.REVIEW_SQL,
                    TimelineAccess.FEEDBACK_KNOWN_SQL,
                    TimelineAccess.FEEDBACK_READABLE_SQL);

    /** The page of items, newest first, between `from` (inclusive) and `to` (exclusive). */
    public PageResponse<TimelineItem> page(
            Viewer viewer, List<TimelineKind> kinds, Instant from, Instant to, Instant now, PageQuery page) {
        Query query = Panache.getEntityManager().createNativeQuery(ITEMS);
        bind(query, viewer, now)
                .setParameter("kinds", kinds.stream().map(Enum::name).toList())
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .setParameter("limit", page.size)
                .setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<TimelineItem> items = new ArrayList<>(rows.size());
        long total = 0;
        for (Object[] row : rows) {
            items.add(new TimelineItem(
                    TimelineKind.valueOf((String) row[0]),
                    instant(row[1]),
                    (String) row[2],
                    (UUID) row[3],
                    (String) row[4],
                    Ref.of((UUID) row[5], (String) row[6]),
                    (BigDecimal) row[7],
                    (String) row[8],
                    (String) row[9],
                    (BigDecimal) row[10],
                    row[11] == null ? null : ((Number) row[11]).intValue(),
                    Ref.of((UUID) row[12], (String) row[13])));
            total = ((Number) row[14]).longValue();
        }
        if (rows.isEmpty() && page.page > 0) {
            total = count(viewer, kinds, from, to, now);
        }
        return new PageResponse<>(items, page.page, page.size, total);
    }

    private long count(Viewer viewer, List<TimelineKind> kinds, Instant from, Instant to, Instant now) {
        Query query = Panache.getEntityManager().createNativeQuery(ITEMS);
        bind(query, viewer, now)
                .setParameter("kinds", kinds.stream().map(Enum::name).toList())
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .setParameter("limit", 1)
                .setParameter("offset", 0);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)[14]).longValue();
    }

    static Query bind(Query query, Viewer viewer, Instant now) {
        return query.setParameter("org", viewer.subject().orgId)
                .setParameter("person", viewer.subject().id)
                .setParameter("me", viewer.me())
                .setParameter("admin", viewer.admin())
                .setParameter("above", viewer.above())
                .setParameter("publicOn", viewer.publicPraiseOn())
                .setParameter("now", Timestamp.from(now));
    }
}
