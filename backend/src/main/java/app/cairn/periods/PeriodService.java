package app.cairn.periods;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.time.TimeZones;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.periods.dto.PeriodRequest;
import app.cairn.periods.dto.PeriodResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PeriodService {

    private static final Map<String, String> SORTS =
            Map.of("startDate", "startDate", "endDate", "endDate", "name", "name");

    private final PeriodRepository periods;
    private final CurrentUser currentUser;
    private final TimeZones timeZones;
    private final Clock clock;
    private final AuditLog audit;

    public PeriodService(
            PeriodRepository periods, CurrentUser currentUser, TimeZones timeZones, Clock clock, AuditLog audit) {
        this.periods = periods;
        this.currentUser = currentUser;
        this.timeZones = timeZones;
        this.clock = clock;
        this.audit = audit;
    }

    public PageResponse<PeriodResponse> list(PageQuery page) {
        UUID orgId = currentUser.orgId();
        String orderBy = page.orderBy(SORTS, "-startDate", "id");
        var query = periods.find("orgId = ?1" + orderBy, orgId).page(page.page, page.size);
        LocalDate today = today();
        return new PageResponse<>(
                query.list().stream().map(p -> toResponse(p, today)).toList(), page.page, page.size, query.count());
    }

    public PeriodResponse get(UUID id) {
        return toResponse(find(id), today());
    }

    @Transactional
    public PeriodResponse create(PeriodRequest request) {
        UUID orgId = currentUser.orgId();
        validate(orgId, null, request);
        Period period = new Period();
        period.orgId = orgId;
        apply(period, request);
        periods.persist(period);
        audit.record("period.created", "periods", period.id, period.name, changes(null, period));
        return get(period.id);
    }

    @Transactional
    public PeriodResponse update(UUID id, PeriodRequest request) {
        Period period = find(id);
        Versions.check(request.version(), period.version, "This period");
        validate(period.orgId, period.id, request);
        Period before = new Period();
        apply(before, period.name, period.startDate, period.endDate);
        apply(period, request);
        periods.flush();
        audit.record("period.updated", "periods", period.id, period.name, changes(before, period));
        return get(period.id);
    }

    @Transactional
    public void delete(UUID id) {
        Period period = find(id);
        periods.delete(period);
        periods.flush();
        audit.record("period.deleted", "periods", period.id, period.name, changes(period, null));
    }

    private Period find(UUID id) {
        return periods.findInOrg(currentUser.orgId(), id).orElseThrow(() -> ApiException.notFound("Period " + id));
    }

    private void validate(UUID orgId, UUID periodId, PeriodRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ApiException.invalid("endDate", "must be on or after the start date");
        }
        if (periods.nameTaken(orgId, request.name(), periodId)) {
            throw ApiException.conflict("name", "is already the name of another period");
        }
    }

    private static void apply(Period period, PeriodRequest request) {
        apply(period, request.name().trim(), request.startDate(), request.endDate());
    }

    private static void apply(Period period, String name, LocalDate startDate, LocalDate endDate) {
        period.name = name;
        period.startDate = startDate;
        period.endDate = endDate;
    }

    /** The before/after of a period's name and dates (null before: created; null after: deleted). */
    private static Changes changes(Period before, Period after) {
        return Changes.of()
                .field("name", before == null ? null : before.name, after == null ? null : after.name)
                .field("startDate", before == null ? null : before.startDate, after == null ? null : after.startDate)
                .field("endDate", before == null ? null : before.endDate, after == null ? null : after.endDate);
    }

    /** The caller's date, in their time zone: a period is current when it contains it. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), timeZones.of(currentUser.person()));
    }

    private static PeriodResponse toResponse(Period p, LocalDate today) {
        return new PeriodResponse(p.id, p.name, p.startDate, p.endDate, p.contains(today), p.version);
    }
}
