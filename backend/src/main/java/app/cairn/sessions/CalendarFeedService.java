package app.cairn.sessions;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.security.SecretTokens;
import app.cairn.common.time.TimeZones;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.sessions.dto.CalendarFeedResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Each person's secret calendar feed: an ICS document of their sessions, read by calendar apps
 * without a bearer token. The URL's random token is the credential; only its SHA-256 is stored, so
 * the URL is shown once. Creating a new URL revokes the old one; a revoked URL is a 404.
 */
@ApplicationScoped
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final SessionRepository sessions;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final TimeZones timeZones;
    private final Clock clock;

    public CalendarFeedService(
            CalendarFeedRepository feeds,
            SessionRepository sessions,
            PersonRepository people,
            CurrentUser currentUser,
            TimeZones timeZones,
            Clock clock) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.people = people;
        this.currentUser = currentUser;
        this.timeZones = timeZones;
        this.clock = clock;
    }

    public CalendarFeedResponse get() {
        return active(currentUser.id())
                .map(f -> new CalendarFeedResponse(true, f.createdAt, null))
                .orElse(new CalendarFeedResponse(false, null, null));
    }

    /** A new secret URL (the old one, if any, stops working); `urlFor` turns the token into the URL. */
    @Transactional
    public CalendarFeedResponse create(Function<String, String> urlFor) {
        Instant now = clock.instant();
        revokeActive(now);
        String token = SecretTokens.generate();
        CalendarFeed feed = new CalendarFeed();
        feed.orgId = currentUser.orgId();
        feed.personId = currentUser.id();
        feed.tokenHash = SecretTokens.hash(token);
        feed.createdAt = now;
        feeds.persist(feed);
        return new CalendarFeedResponse(true, now, urlFor.apply(token));
    }

    @Transactional
    public void revoke() {
        if (revokeActive(clock.instant()) == 0) {
            throw ApiException.notFound("Calendar feed");
        }
    }

    /** The ICS document for a feed token; 404 for an unknown or revoked one. */
    @Transactional
    public String ics(String token, Function<UUID, String> sessionLink) {
        CalendarFeed feed = feeds.find("tokenHash = ?1 and revokedAt is null", SecretTokens.hash(token))
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Calendar feed"));
        Person person = people.findByIdOptional(feed.personId)
                .filter(p -> p.active)
                .orElseThrow(() -> ApiException.notFound("Calendar feed"));
        Instant since = clock.instant().minus(Duration.ofDays(366));
        List<Session> list = sessions.list(
                "orgId = ?1 and (organizerId = ?2 or attendeeId = ?2) and startsAt >= ?3 order by startsAt, id",
                person.orgId,
                person.id,
                since);
        Map<UUID, Person> byId = new HashMap<>();
        if (!list.isEmpty()) {
            people.list(
                            "id in ?1",
                            list.stream()
                                    .flatMap(s -> java.util.stream.Stream.of(s.organizerId, s.attendeeId))
                                    .distinct()
                                    .toList())
                    .forEach(p -> byId.put(p.id, p));
        }
        IcsWriter ics = new IcsWriter()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//Cairn//Sessions//EN")
                .line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", "Cairn: " + person.name + "'s 1:1s")
                .line("X-PUBLISHED-TTL", "PT1H")
                .line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        // A repeating series is written in its organizer's zone (with that zone's VTIMEZONE), so that
        // calendars repeat it at the same wall-clock time, as Cairn does; everything else in UTC.
        Map<UUID, ZoneId> seriesZones = new HashMap<>();
        for (Session s : list) {
            ZoneId zone = repeats(s) ? timeZones.of(byId.get(s.organizerId)) : null;
            if (zone != null && !IcsTimeZone.isUtc(zone)) {
                seriesZones.put(s.id, zone);
            }
        }
        seriesZones.values().stream()
                .distinct()
                .forEach(zone ->
                        IcsTimeZone.write(ics, zone, since, clock.instant().plus(Duration.ofDays(3660))));
        // METHOD:PUBLISH (RFC 5546): each event names its ORGANIZER and no ATTENDEE.
        for (Session s : list) {
            Person organizer = byId.get(s.organizerId);
            String other = byId.get(s.otherThan(person.id)).name;
            String summary = (s.title != null ? s.title : label(s.kind)) + " with " + other;
            ZoneId zone = seriesZones.get(s.id);
            ics.line("BEGIN", "VEVENT")
                    .line("UID", s.id + "@cairn")
                    .time("DTSTAMP", s.updatedAt == null ? clock.instant() : s.updatedAt);
            if (zone == null) {
                ics.time("DTSTART", s.startsAt).time("DTEND", s.endsAt());
            } else {
                ics.line("DTSTART;TZID=" + zone.getId(), IcsTimeZone.LOCAL.format(s.startsAt.atZone(zone)))
                        .line(
                                "DTEND;TZID=" + zone.getId(),
                                IcsTimeZone.LOCAL.format(s.endsAt().atZone(zone)));
            }
            ics.text("SUMMARY", summary)
                    .text("DESCRIPTION", "Agenda, notes and actions in Cairn: " + sessionLink.apply(s.id))
                    .line("URL", sessionLink.apply(s.id))
                    .line("ORGANIZER;CN=" + param(organizer.name), "mailto:" + organizer.email)
                    .line("SEQUENCE", Integer.toString(s.version))
                    .line("STATUS", status(s));
            if (repeats(s)) {
                ZoneId seriesZone = zone == null ? ZoneOffset.UTC : zone;
                ics.line("RRULE", s.recurrence.rrule(s.seriesStartsAt.atZone(seriesZone)));
            }
            ics.line("END", "VEVENT");
        }
        ics.line("END", "VCALENDAR");
        return ics.toString();
    }

    /** The latest scheduled occurrence of a live repeating series carries the series' RRULE. */
    private static boolean repeats(Session s) {
        return s.recurrence != Recurrence.NONE && s.status == SessionStatus.SCHEDULED && !s.seriesEnded;
    }

    /** A parameter value: quoted, without the characters a quoted value may not hold. */
    private static String param(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("[\\r\\n]", " ") + "\"";
    }

    private static String status(Session s) {
        return switch (s.status) {
            case CANCELLED -> "CANCELLED";
            case COMPLETED -> "CONFIRMED";
            case SCHEDULED -> s.tentative ? "TENTATIVE" : "CONFIRMED";
        };
    }

    private static String label(SessionKind kind) {
        return switch (kind) {
            case ONE_TO_ONE -> "1:1";
            case CHECK_IN -> "Check-in";
            case APPRAISAL_MEETING -> "Appraisal meeting";
        };
    }

    private long revokeActive(Instant now) {
        return feeds.update("revokedAt = ?1 where personId = ?2 and revokedAt is null", now, currentUser.id());
    }

    private java.util.Optional<CalendarFeed> active(UUID personId) {
        return feeds.find("personId = ?1 and revokedAt is null", personId).firstResultOptional();
    }
}
