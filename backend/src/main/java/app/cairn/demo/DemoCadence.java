package app.cairn.demo;

import app.cairn.organizations.Organization;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.sessions.OneToOneInterval;
import app.cairn.sessions.Recurrence;
import app.cairn.sessions.Session;
import app.cairn.sessions.SessionKind;
import app.cairn.sessions.SessionRepository;
import app.cairn.sessions.SessionStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Six months of 1:1s held across Northwind (only that they happened and when; Morgan's recent series
 * with its content is {@link DemoSessions}), so the 1:1 cadence report and people's timelines have a
 * history: Morgan met each report monthly before the current fortnightly series; Jordan and Alex
 * meet their reports monthly (their pairs' interval is 30 days); Priya, Dana and Taylor fortnightly.
 * Some pairs lapsed, so the report has overdue pairs beyond Ruth: Priya has not met Diego or Farid
 * for two months, and Dana skips a meeting now and then and has not met Liam since the summer.
 */
@ApplicationScoped
public class DemoCadence {

    /** A manager's pairs: how often they meet, and per report how many days ago they stopped (0: still do). */
    record Pairs(String manager, int everyDays, boolean ownInterval, Map<String, Integer> stoppedDaysAgo) {}

    private static final List<Pairs> PAIRS = List.of(
            new Pairs(
                    "jordan.blake@example.com",
                    30,
                    true,
                    Map.of(
                            "kai.nakamura@example.com", 0,
                            "morgan.manager@example.com", 0,
                            "priya.shah@example.com", 0)),
            new Pairs(
                    "alex.admin@example.com",
                    30,
                    true,
                    Map.of(
                            "nina.patel@example.com", 0,
                            "omar.haddad@example.com", 0,
                            "grace.obi@example.com", 40)),
            new Pairs(
                    "priya.shah@example.com",
                    14,
                    false,
                    Map.of(
                            "tom.becker@example.com", 0,
                            "aisha.khan@example.com", 0,
                            "ben.olsen@example.com", 0,
                            "chloe.dubois@example.com", 0,
                            "diego.santos@example.com", 60,
                            "elena.rossi@example.com", 0,
                            "farid.aziz@example.com", 60)),
            new Pairs(
                    "dana.white@example.com",
                    14,
                    false,
                    Map.of(
                            "george.hall@example.com", 0,
                            "isla.murphy@example.com", 0,
                            "jack.evans@example.com", 0,
                            "kira.novak@example.com", 0,
                            "liam.byrne@example.com", 100,
                            "mia.costa@example.com", 0)),
            new Pairs(
                    "taylor.brooks@example.com",
                    14,
                    false,
                    Map.of(
                            "noah.reed@example.com", 0,
                            "olivia.grant@example.com", 0,
                            "paul.young@example.com", 0,
                            "quinn.harper@example.com", 0,
                            "rosa.lopez@example.com", 0)));

    /** Morgan's reports, met monthly from six months ago until the fortnightly series began. */
    private static final List<String> MORGANS = List.of(
            "erin.employee@example.com",
            "felix.wagner@example.com",
            "hana.suzuki@example.com",
            "luis.garcia@example.com",
            "ruth.adeyemi@example.com");

    /** How far back the history goes. */
    private static final int DAYS = 182;

    /** Morgan's fortnightly series (DemoSessions) starts this many days before its next occurrence. */
    private static final int SERIES_DAYS = 14 * 6 + 14;

    private final PersonRepository people;
    private final SessionRepository sessions;
    private final Clock clock;

    public DemoCadence(PersonRepository people, SessionRepository sessions, Clock clock) {
        this.people = people;
        this.sessions = sessions;
        this.clock = clock;
    }

    public void create(Organization org) {
        Map<String, Person> byEmail = new HashMap<>();
        people.list("orgId", org.id).forEach(p -> byEmail.put(p.email, p));
        ZoneId zone = DemoOrganization.zone(org);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int offset = 0;
        for (Pairs pairs : PAIRS) {
            Person manager = byEmail.get(pairs.manager());
            for (Map.Entry<String, Integer> pair : pairs.stoppedDaysAgo().entrySet()) {
                Person report = byEmail.get(pair.getKey());
                if (pairs.ownInterval()) {
                    interval(org, manager, report, pairs.everyDays());
                }
                // each pair on its own day and hour; the latest one a few days ago
                int lastDaysAgo = Math.max(pair.getValue(), 2 + offset % 9);
                LocalDate first = today.minusDays(DAYS);
                for (LocalDate day = today.minusDays(lastDaysAgo); !day.isBefore(first); ) {
                    held(
                            org,
                            manager,
                            report,
                            day.atTime(9 + offset % 7, 0).atZone(zone).toInstant());
                    // Dana skips one meeting in four
                    int gap = pairs.everyDays()
                            * (manager.email.startsWith("dana") && day.getDayOfYear() % 4 == 0 ? 2 : 1);
                    day = day.minusDays(gap);
                }
                offset++;
            }
        }
        Person morgan = byEmail.get("morgan.manager@example.com");
        for (int i = 0; i < MORGANS.size(); i++) {
            Person report = byEmail.get(MORGANS.get(i));
            for (int daysAgo = SERIES_DAYS + 7 + i; daysAgo <= DAYS; daysAgo += 30) {
                held(
                        org,
                        morgan,
                        report,
                        today.minusDays(daysAgo).atTime(10, 0).atZone(zone).toInstant());
            }
        }
    }

    private void held(Organization org, Person manager, Person report, Instant at) {
        Session s = new Session();
        s.orgId = org.id;
        s.seriesId = s.id;
        s.kind = SessionKind.ONE_TO_ONE;
        s.organizerId = manager.id;
        s.attendeeId = report.id;
        s.startsAt = at;
        s.durationMinutes = 30;
        s.recurrence = Recurrence.NONE;
        s.seriesStartsAt = at;
        s.createdAt = at.minus(Duration.ofDays(7));
        s.status = SessionStatus.COMPLETED;
        s.completedAt = at.plus(Duration.ofMinutes(30));
        s.completedBy = manager.id;
        sessions.persist(s);
    }

    private static void interval(Organization org, Person manager, Person report, int days) {
        OneToOneInterval interval = new OneToOneInterval();
        interval.orgId = org.id;
        interval.managerId = manager.id;
        interval.reportId = report.id;
        interval.intervalDays = days;
        Panache.getEntityManager().persist(interval);
    }
}
