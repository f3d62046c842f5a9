package app.cairn.sessions;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.common.time.TimeZones;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.sessions.dto.CancelSessionRequest;
import app.cairn.sessions.dto.RescheduleRequest;
import app.cairn.sessions.dto.ScheduleSessionRequest;
import app.cairn.sessions.dto.SessionResponse;
import app.cairn.sessions.dto.SessionSummary;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Scheduling, listing and the life of a session: reschedule, cancel (one occurrence or the series)
 * and complete. Completing or cancelling an occurrence of a repeating session (or completing a 1:1
 * between a manager and their report) creates the next occurrence, which takes over the undiscussed
 * agenda items and the open action items.
 */
@ApplicationScoped
public class SessionService {

    private static final Map<String, String> SORTS = Map.of("startsAt", "startsAt", "status", "status");

    private final SessionRepository sessions;
    private final PersonRepository people;
    private final AgendaItemRepository agendaItems;
    private final ActionItemRepository actionItems;
    private final AgendaTemplateRepository templates;
    private final OneToOneIntervalRepository intervals;
    private final SessionSettingsService settings;
    private final SessionAccess access;
    private final SessionMapper mapper;
    private final TimeZones timeZones;
    private final Clock clock;
    private final DomainEvents events;

    public SessionService(
            SessionRepository sessions,
            PersonRepository people,
            AgendaItemRepository agendaItems,
            ActionItemRepository actionItems,
            AgendaTemplateRepository templates,
            OneToOneIntervalRepository intervals,
            SessionSettingsService settings,
            SessionAccess access,
            SessionMapper mapper,
            TimeZones timeZones,
            Clock clock,
            DomainEvents events) {
        this.sessions = sessions;
        this.people = people;
        this.agendaItems = agendaItems;
        this.actionItems = actionItems;
        this.templates = templates;
        this.intervals = intervals;
        this.settings = settings;
        this.access = access;
        this.mapper = mapper;
        this.timeZones = timeZones;
        this.clock = clock;
        this.events = events;
    }

    /** List filters; null means "any". */
    public record Filter(
            UUID participantId, SessionKind kind, List<SessionStatus> statuses, Instant from, Instant to) {}

    public PageResponse<SessionSummary> list(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder("orgId = :org");
        Parameters params = Parameters.with("org", access.orgId());
        if (!access.isAdmin()) {
            where.append(" and (organizerId = :me or attendeeId = :me)");
            params.and("me", access.me());
        }
        if (filter.participantId() != null) {
            where.append(" and (organizerId = :participant or attendeeId = :participant)");
            params.and("participant", filter.participantId());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            params.and("statuses", filter.statuses());
        }
        if (filter.from() != null) {
            where.append(" and startsAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and startsAt < :to");
            params.and("to", filter.to());
        }
        String order = page.orderBy(SORTS, "startsAt", "id");
        var query = sessions.find(where + order, params);
        long total = query.count();
        List<Session> items = query.page(page.page, page.size).list();
        return new PageResponse<>(mapper.summaries(items), page.page, page.size, total);
    }

    public SessionResponse get(UUID id) {
        return mapper.full(access.findVisible(id));
    }

    @Transactional
    public SessionResponse schedule(ScheduleSessionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> ids = request.participantIds();
        UUID me = access.me();
        UUID other = null;
        if (ids.get(0).equals(ids.get(1))) {
            errors.add(new FieldError("participantIds", "must name two different people: not a session with oneself"));
        } else if (!ids.contains(me)) {
            errors.add(new FieldError("participantIds", "must include you: you schedule your own sessions"));
        } else {
            other = ids.get(0).equals(me) ? ids.get(1) : ids.get(0);
            Optional<Person> person = people.findInOrg(access.orgId(), other);
            if (person.isEmpty()) {
                errors.add(new FieldError("participantIds", "names a person who is not in your organization"));
            } else if (!person.get().active) {
                errors.add(new FieldError("participantIds", "names a deactivated person"));
            }
        }
        boolean record = Boolean.TRUE.equals(request.record());
        if (!record && request.startsAt().isBefore(clock.instant())) {
            errors.add(new FieldError(
                    "startsAt", "is in the past: pick a future time, or set record to true to record a past meeting"));
        }
        AgendaTemplate template = null;
        if (request.templateId() != null) {
            template = templates
                    .findByIdOptional(request.templateId())
                    .filter(t -> t.orgId.equals(access.orgId()) && (t.ownerId == null || t.ownerId.equals(me)))
                    .orElse(null);
            if (template == null) {
                errors.add(new FieldError("templateId", "is not an agenda template you can use"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Session session = new Session();
        session.orgId = access.orgId();
        session.seriesId = session.id;
        session.kind = request.kind();
        session.title = request.title() == null || request.title().isBlank()
                ? null
                : request.title().trim();
        session.organizerId = me;
        session.attendeeId = other;
        session.startsAt = request.startsAt();
        session.durationMinutes = request.durationMinutes();
        session.recurrence = request.recurrence() == null ? Recurrence.NONE : request.recurrence();
        sessions.persist(session);
        if (template != null) {
            int position = 0;
            for (String title : template.items) {
                AgendaItem item = new AgendaItem();
                item.orgId = session.orgId;
                item.sessionId = session.id;
                item.authorId = me;
                item.title = title;
                item.position = position++;
                agendaItems.persist(item);
            }
        }
        sessions.flush();
        if (!record) {
            events.publish(EventTypes.SESSION_SCHEDULED, session.orgId, session.id, me);
        }
        return mapper.full(session);
    }

    @Transactional
    public SessionResponse reschedule(UUID id, RescheduleRequest request) {
        Session session = scheduledForChange(id, request.version());
        if (request.startsAt().isBefore(clock.instant())) {
            throw ApiException.invalid("startsAt", "is in the past: pick a future time");
        }
        session.startsAt = request.startsAt();
        session.durationMinutes = request.durationMinutes();
        session.tentative = false;
        sessions.flush();
        events.publish(EventTypes.SESSION_RESCHEDULED, session.orgId, session.id, access.me());
        return mapper.full(session);
    }

    @Transactional
    public SessionResponse cancel(UUID id, CancelSessionRequest request) {
        Session session = scheduledForChange(id, request.version());
        Instant now = clock.instant();
        cancelOne(session, now, request.reason());
        events.publish(EventTypes.SESSION_CANCELLED, session.orgId, session.id, access.me());
        boolean series = request.scope() == CancelSessionRequest.Scope.SERIES;
        if (series) {
            for (Session s : sessions.list("seriesId = ?1", session.seriesId)) {
                s.seriesEnded = true;
                if (s.status == SessionStatus.SCHEDULED && s.startsAt.isAfter(session.startsAt)) {
                    cancelOne(s, now, request.reason());
                }
            }
        } else if (session.recurrence != Recurrence.NONE) {
            next(session, now);
        }
        sessions.flush();
        return mapper.full(session);
    }

    @Transactional
    public SessionResponse complete(UUID id, int version) {
        Session session = access.findForContent(id);
        if (session.status == SessionStatus.COMPLETED) {
            throw ApiException.conflict("This session is already completed.");
        }
        access.ensureChangeable(session);
        Versions.check(version, session.version, "This session");
        Instant now = clock.instant();
        session.status = SessionStatus.COMPLETED;
        session.completedAt = now;
        session.completedBy = access.me();
        session.tentative = false;
        next(session, now);
        events.publish(EventTypes.SESSION_COMPLETED, session.orgId, session.id, access.me());
        sessions.flush();
        return mapper.full(session);
    }

    private Session scheduledForChange(UUID id, Integer version) {
        Session session = access.findForContent(id);
        access.ensureChangeable(session);
        if (session.status != SessionStatus.SCHEDULED) {
            throw ApiException.conflict("This session is already completed: it can no longer be moved or cancelled.");
        }
        Versions.check(version, session.version, "This session");
        return session;
    }

    private void cancelOne(Session session, Instant now, String reason) {
        session.status = SessionStatus.CANCELLED;
        session.cancelledAt = now;
        session.cancelledBy = access.me();
        session.cancelReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    /**
     * The occurrence after `session`: the series' next scheduled one when there is one, else a new one
     * at the recurrence (or, for a manager–report 1:1, at the pair's interval, tentatively). Undiscussed
     * agenda items and open action items move on to it.
     */
    void next(Session session, Instant now) {
        if (session.seriesEnded) {
            return;
        }
        Session next = sessions.find(
                        "seriesId = ?1 and status = ?2 and startsAt > ?3 and id <> ?4 order by startsAt",
                        session.seriesId,
                        SessionStatus.SCHEDULED,
                        session.startsAt,
                        session.id)
                .firstResultOptional()
                .orElse(null);
        if (next == null) {
            Occurrence slot = nextOccurrence(session, now);
            if (slot == null) {
                return;
            }
            next = new Session();
            next.orgId = session.orgId;
            next.seriesId = session.seriesId;
            next.kind = session.kind;
            next.title = session.title;
            next.organizerId = session.organizerId;
            next.attendeeId = session.attendeeId;
            next.startsAt = slot.startsAt();
            next.seriesStartsAt = session.seriesStartsAt;
            next.occurrence = slot.number();
            next.durationMinutes = session.durationMinutes;
            next.recurrence = session.recurrence;
            next.tentative = session.recurrence == Recurrence.NONE;
            next.previousId = session.id;
            sessions.persist(next);
        }
        carryOver(session, next);
    }

    /** An occurrence of a series: its number (from 0) and start. */
    record Occurrence(int number, Instant startsAt) {}

    /**
     * The occurrence after `session` that is still ahead (after now and after `session` itself),
     * computed in the organizer's time zone: a repeating series counts from its first start; a one-off
     * 1:1 between a manager and their report steps the pair's interval in days. Null when none follows.
     */
    Occurrence nextOccurrence(Session session, Instant now) {
        ZoneId zone = timeZones.of(people.findById(session.organizerId));
        Instant after = now.isAfter(session.startsAt) ? now : session.startsAt;
        if (session.recurrence != Recurrence.NONE) {
            ZonedDateTime first = session.seriesStartsAt.atZone(zone);
            int n = session.occurrence + 1;
            while (!session.recurrence.occurrence(first, n).toInstant().isAfter(after)) {
                n++;
            }
            return new Occurrence(n, session.recurrence.occurrence(first, n).toInstant());
        }
        if (session.kind != SessionKind.ONE_TO_ONE) {
            return null;
        }
        Optional<Integer> days = pairIntervalDays(session.organizerId, session.attendeeId);
        if (days.isEmpty()) {
            return null;
        }
        ZonedDateTime start = session.startsAt.atZone(zone).plusDays(days.get());
        while (!start.toInstant().isAfter(now)) {
            start = start.plusDays(days.get());
        }
        return new Occurrence(session.occurrence + 1, start.toInstant());
    }

    /** The 1:1 interval when one of the two manages the other directly; empty otherwise. */
    Optional<Integer> pairIntervalDays(UUID a, UUID b) {
        Person pa = people.findById(a);
        Person pb = people.findById(b);
        if (pa == null || pb == null) {
            return Optional.empty();
        }
        UUID manager;
        UUID report;
        if (a.equals(pb.managerId)) {
            manager = a;
            report = b;
        } else if (b.equals(pa.managerId)) {
            manager = b;
            report = a;
        } else {
            return Optional.empty();
        }
        return Optional.of(intervals
                .find("managerId = ?1 and reportId = ?2", manager, report)
                .firstResultOptional()
                .map(i -> i.intervalDays)
                .orElseGet(() -> settings.of(pa.orgId).defaultIntervalDays));
    }

    private void carryOver(Session from, Session to) {
        int position = agendaItems
                .find("sessionId = ?1 order by position desc", to.id)
                .firstResultOptional()
                .map(i -> i.position + 1)
                .orElse(0);
        for (AgendaItem item :
                agendaItems.list("sessionId = ?1 and discussed = false order by position, createdAt", from.id)) {
            boolean alreadyThere = agendaItems.count("sessionId = ?1 and carriedFromId = ?2", to.id, item.id) > 0;
            if (alreadyThere) {
                continue;
            }
            AgendaItem copy = new AgendaItem();
            copy.orgId = item.orgId;
            copy.sessionId = to.id;
            copy.authorId = item.authorId;
            copy.title = item.title;
            copy.position = position++;
            copy.carriedOver = true;
            copy.carriedFromId = item.id;
            agendaItems.persist(copy);
        }
        for (ActionItem item : actionItems.list(
                "sessionId = ?1 and done = false and carriedToId is null order by createdAt", from.id)) {
            ActionItem copy = new ActionItem();
            copy.orgId = item.orgId;
            copy.sessionId = to.id;
            copy.authorId = item.authorId;
            copy.assigneeId = item.assigneeId;
            copy.title = item.title;
            copy.dueDate = item.dueDate;
            copy.carriedOver = true;
            copy.carriedFromId = item.id;
            actionItems.persist(copy);
            item.carriedToId = copy.id;
        }
    }
}
