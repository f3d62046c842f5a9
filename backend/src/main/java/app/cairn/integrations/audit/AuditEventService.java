package app.cairn.integrations.audit;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.CsvCells;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.integrations.IntegrationsConfig;
import app.cairn.integrations.audit.AuditEventRepository.Filter;
import app.cairn.integrations.audit.dto.AuditEventPage;
import app.cairn.integrations.audit.dto.AuditEventResponse;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Admins read the audit log; events older than the retention period are dropped daily. */
@ApplicationScoped
public class AuditEventService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration retention;

    public AuditEventService(
            AuditEventRepository events, CurrentUser currentUser, Clock clock, IntegrationsConfig config) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.retention = config.audit().retention();
    }

    public AuditEventPage search(Filter filter, PageQuery page) {
        checkRange(filter);
        PageResponse<AuditEventResponse> found =
                events.search(currentUser.orgId(), filter, page).map(AuditEventService::toResponse);
        return new AuditEventPage(found.items(), found.page(), found.size(), found.total());
    }

    /** Everything the filter matches, newest first, streamed as CSV (checked before the first byte). */
    public StreamingOutput csv(Filter filter) {
        checkRange(filter);
        UUID orgId = currentUser.orgId();
        return CsvCells.stream(AuditEventRepository.EXPORT_COLUMNS, row -> events.export(orgId, filter, row::write));
    }

    public String filename(Filter filter) {
        String from = filter.from() == null ? "start" : DAY.format(filter.from());
        String to = filter.to() == null ? DAY.format(clock.instant()) : DAY.format(filter.to());
        return "audit-log-" + from + "-to-" + to + ".csv";
    }

    private static void checkRange(Filter filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw ApiException.invalid("to", "must be after from");
        }
    }

    @Scheduled(every = "24h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void dropExpired() {
        long dropped = events.deleteBefore(clock.instant().minus(retention));
        Log.debugf("Dropped %d audit events past the retention period", dropped);
    }

    static AuditEventResponse toResponse(AuditEvent e) {
        return new AuditEventResponse(
                e.id,
                e.occurredAt,
                Ref.of(e.actorId, e.actorName),
                e.actorKind,
                e.tokenId,
                e.action,
                e.resourceType,
                e.resourceId,
                e.summary,
                Changes.parse(e.changes),
                e.clientAddress,
                e.requestId);
    }
}
