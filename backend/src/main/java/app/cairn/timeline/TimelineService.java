package app.cairn.timeline;

import app.cairn.common.error.ApiException;
import app.cairn.common.time.TimeZones;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.timeline.dto.GlanceResponse;
import app.cairn.timeline.dto.TimelineItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** A person's performance history and their figures at a glance, as the caller may see them. */
@ApplicationScoped
public class TimelineService {

    /** Filters of the timeline; null means "any". `from`/`to` are days in the organization's time zone, `to` inclusive. */
    public record Filter(List<TimelineKind> kinds, UUID periodId, LocalDate from, LocalDate to) {}

    private final TimelineAccess access;
    private final TimelineQuery timeline;
    private final GlanceQuery glance;
    private final PeriodRepository periods;
    private final Clock clock;
    private final TimeZones zones;

    public TimelineService(
            TimelineAccess access,
            TimelineQuery timeline,
            GlanceQuery glance,
            PeriodRepository periods,
            Clock clock,
            TimeZones zones) {
        this.access = access;
        this.timeline = timeline;
        this.glance = glance;
        this.periods = periods;
        this.clock = clock;
        this.zones = zones;
    }

    public PageResponse<TimelineItem> timeline(UUID personId, Filter filter, PageQuery page) {
        TimelineAccess.Viewer viewer = access.require(personId);
        ZoneId zone = zones.ofOrganization(viewer.subject().orgId);
        Instant from = filter.from() == null ? Instant.EPOCH : startOf(filter.from(), zone);
        Instant to = filter.to() == null
                ? Instant.parse("9999-01-01T00:00:00Z")
                : startOf(filter.to().plusDays(1), zone);
        if (filter.periodId() != null) {
            Period period = periods.findByIdOptional(filter.periodId())
                    .filter(p -> p.orgId.equals(viewer.subject().orgId))
                    .orElseThrow(() -> ApiException.notFound("Period", "periodId"));
            from = max(from, startOf(period.startDate, zone));
            to = min(to, startOf(period.endDate.plusDays(1), zone));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ApiException.invalid("to", "must be on or after from");
        }
        List<TimelineKind> kinds = filter.kinds() == null || filter.kinds().isEmpty()
                ? List.copyOf(EnumSet.allOf(TimelineKind.class))
                : filter.kinds();
        return timeline.page(viewer, kinds, from, to, clock.instant(), page);
    }

    public GlanceResponse glance(UUID personId) {
        return glance.glance(access.require(personId), clock.instant());
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
