package app.cairn.timeline;

import static app.cairn.common.persistence.SqlValues.instant;
import static app.cairn.common.persistence.SqlValues.localDate;

import app.cairn.timeline.TimelineAccess.Viewer;
import app.cairn.timeline.dto.GlanceResponse;
import app.cairn.timeline.dto.GlanceResponse.CycleRating;
import app.cairn.timeline.dto.GlanceResponse.OneToOnes;
import app.cairn.timeline.dto.GlanceResponse.PeriodFigures;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** "Performance at a glance": three small aggregates under the same rules as the timeline. */
@ApplicationScoped
public class GlanceQuery {

    private static final String PERIODS = """
            select pe.id, pe.name, pe.start_date, pe.end_date, count(*)::int,
                   count(*) filter (where o.status = 'COMPLETED')::int, round(avg(o.progress), 1)
            from objectives o join periods pe on pe.id = o.period_id
            where o.owner_id = :person and o.org_id = :org and o.status not in ('DRAFT', 'CANCELLED') and %s
            group by pe.id, pe.name, pe.start_date, pe.end_date
            order by pe.start_date desc limit 8
            """.formatted(TimelineAccess.OBJECTIVE_SQL);

    private static final String RATINGS = """
            select c.id, c.name, coalesce(r.shared_at, r.updated_at), r.overall_rating
            from reviews r join review_cycles c on c.id = r.cycle_id
            where r.reviewee_id = :person and r.org_id = :org and %s
            order by 3 desc limit 12
            """.formatted(TimelineAccess.REVIEW_SQL);

    private static final String ONE_TO_ONES = """
            select count(*)::int, max(s.starts_at),
                   case when count(*) > 1 then extract(epoch from max(s.starts_at) - min(s.starts_at)) / 86400.0
                        / (count(*) - 1) end
            from sessions s
            where s.org_id = :org and (s.organizer_id = :person or s.attendee_id = :person)
              and s.status = 'COMPLETED' and s.kind = 'ONE_TO_ONE' and s.starts_at >= :since and s.starts_at <= :now
              and %s
            """.formatted(TimelineAccess.SESSION_SQL);

    public GlanceResponse glance(Viewer viewer, Instant now) {
        List<PeriodFigures> periods = rows(PERIODS, viewer, now).stream()
                .map(r -> new PeriodFigures(
                        (UUID) r[0],
                        (String) r[1],
                        localDate(r[2]),
                        localDate(r[3]),
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue(),
                        (BigDecimal) r[6]))
                .toList();
        List<CycleRating> ratings = rows(RATINGS, viewer, now).stream()
                .map(r -> new CycleRating((UUID) r[0], (String) r[1], instant(r[2]), (BigDecimal) r[3]))
                .toList();
        Query sessions = Panache.getEntityManager().createNativeQuery(ONE_TO_ONES);
        bind(sessions, viewer, now)
                .setParameter("since", Timestamp.from(now.minus(Duration.ofDays(180))))
                .setParameter("now", Timestamp.from(now));
        Object[] s = (Object[]) sessions.getSingleResult();
        BigDecimal gap = s[2] == null ? null : new BigDecimal(s[2].toString()).setScale(1, RoundingMode.HALF_UP);
        return new GlanceResponse(periods, ratings, new OneToOnes(((Number) s[0]).intValue(), instant(s[1]), gap));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Viewer viewer, Instant now) {
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        bind(query, viewer, now);
        if (sql.equals(PERIODS)) {
            query.setParameter("above", viewer.above());
        }
        return query.getResultList();
    }

    private static Query bind(Query query, Viewer viewer, Instant now) {
        return query.setParameter("org", viewer.subject().orgId)
                .setParameter("person", viewer.subject().id)
                .setParameter("me", viewer.me())
                .setParameter("admin", viewer.admin());
    }
}
