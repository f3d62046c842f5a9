package app.cairn.sessions;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.SqlValues;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.sessions.dto.CadenceEntry;
import app.cairn.sessions.dto.IntervalRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The 1:1 cadence of each manager–report pair: its interval (the organization's default unless the
 * pair has its own), the last completed and next scheduled 1:1, and whether it is overdue (no
 * completed 1:1 within the interval). Managers see their direct reports; admins see every pair.
 */
@ApplicationScoped
public class CadenceService {

    private static final String QUERY = """
            with pairs as (
                select r.id as report_id, r.name as report_name, m.id as manager_id, m.name as manager_name,
                       coalesce(i.interval_days, :default_days) as interval_days, i.id is null as is_default
                from people r
                join people m on m.id = r.manager_id
                left join one_to_one_intervals i on i.manager_id = m.id and i.report_id = r.id
                where r.org_id = :org and r.active and m.active
                  and (:admin or m.id = :me)
                  and (cast(:manager as uuid) is null or m.id = cast(:manager as uuid))
                  and (cast(:report as uuid) is null or r.id = cast(:report as uuid))
            ), cadence as (
                select p.*,
                    (select max(s.starts_at) from sessions s
                      where s.kind = 'ONE_TO_ONE' and s.status = 'COMPLETED'
                        and ((s.organizer_id = p.manager_id and s.attendee_id = p.report_id)
                          or (s.organizer_id = p.report_id and s.attendee_id = p.manager_id))) as last_completed,
                    (select min(s.starts_at) from sessions s
                      where s.kind = 'ONE_TO_ONE' and s.status = 'SCHEDULED'
                        and ((s.organizer_id = p.manager_id and s.attendee_id = p.report_id)
                          or (s.organizer_id = p.report_id and s.attendee_id = p.manager_id))) as next_scheduled
                from pairs p
            ), flagged as (
                select c.*, c.last_completed + make_interval(days => c.interval_days) as due_at,
                       (c.last_completed is null
                         or c.last_completed + make_interval(days => c.interval_days) < :now) as overdue
                from cadence c
            )
            select report_id, report_name, manager_id, manager_name, interval_days, is_default,
                   last_completed, due_at, next_scheduled, overdue, count(*) over () as total
            from flagged
            where (not :only_overdue or overdue)
            order by overdue desc, manager_name, report_name, report_id
            limit :limit offset :offset
            """;

    private final SessionAccess access;
    private final SessionSettingsService settings;
    private final OneToOneIntervalRepository intervals;
    private final PersonRepository people;
    private final Clock clock;

    public CadenceService(
            SessionAccess access,
            SessionSettingsService settings,
            OneToOneIntervalRepository intervals,
            PersonRepository people,
            Clock clock) {
        this.access = access;
        this.settings = settings;
        this.intervals = intervals;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The pairs the caller may see: every pair for an admin; a manager's own direct reports (another
     * manager's id gives an empty page); anyone without reports is refused (403).
     */
    public PageResponse<CadenceEntry> list(boolean onlyOverdue, UUID managerId, PageQuery page) {
        if (!access.isAdmin() && people.countActiveReports(access.me()) == 0) {
            throw ApiException.forbidden("Only managers (their own reports) and admins see 1:1 cadence.");
        }
        return query(onlyOverdue, managerId, null, page);
    }

    @Transactional
    public CadenceEntry setInterval(UUID reportId, IntervalRequest request) {
        Person report = people.findInOrg(access.orgId(), reportId)
                .filter(p -> p.active && p.managerId != null)
                .orElseThrow(() -> ApiException.notFound("Report"));
        boolean manager = report.managerId.equals(access.me());
        if (!manager && !access.isAdmin()) {
            if (people.isInManagementChainOf(access.orgId(), reportId, access.me())) {
                throw ApiException.forbidden("Only the report's direct manager or an admin sets their 1:1 interval.");
            }
            throw ApiException.notFound("Report");
        }
        OneToOneInterval interval = intervals
                .find("managerId = ?1 and reportId = ?2", report.managerId, report.id)
                .firstResultOptional()
                .orElse(null);
        if (request.intervalDays() == null) {
            if (interval != null) {
                intervals.delete(interval);
            }
        } else if (interval == null) {
            interval = new OneToOneInterval();
            interval.orgId = report.orgId;
            interval.managerId = report.managerId;
            interval.reportId = report.id;
            interval.intervalDays = request.intervalDays();
            intervals.persist(interval);
        } else {
            interval.intervalDays = request.intervalDays();
        }
        intervals.flush();
        return query(false, report.managerId, report.id, PageQuery.of(0, 1))
                .items()
                .get(0);
    }

    private PageResponse<CadenceEntry> query(boolean onlyOverdue, UUID managerId, UUID reportId, PageQuery page) {
        // Writes above run as the caller; an admin reads every pair, everyone else their own reports.
        boolean admin = access.isAdmin() || reportId != null;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery(QUERY)
                .setParameter("default_days", settings.of(access.orgId()).defaultIntervalDays)
                .setParameter("org", access.orgId())
                .setParameter("admin", admin)
                .setParameter("me", access.me())
                .setParameter("manager", managerId == null ? null : managerId.toString())
                .setParameter("report", reportId == null ? null : reportId.toString())
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter("only_overdue", onlyOverdue)
                .setParameter("limit", page.size)
                .setParameter("offset", page.offset())
                .getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[10]).longValue();
        List<CadenceEntry> items = rows.stream()
                .map(r -> new CadenceEntry(
                        new Ref((UUID) r[0], (String) r[1]),
                        new Ref((UUID) r[2], (String) r[3]),
                        ((Number) r[4]).intValue(),
                        (Boolean) r[5],
                        SqlValues.instant(r[6]),
                        SqlValues.instant(r[7]),
                        SqlValues.instant(r[8]),
                        (Boolean) r[9]))
                .toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }
}
