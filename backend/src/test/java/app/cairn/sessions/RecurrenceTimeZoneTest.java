package app.cairn.sessions;

import static app.cairn.sessions.SessionApi.body;
import static app.cairn.sessions.SessionApi.complete;
import static app.cairn.sessions.SessionApi.schedule;
import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repeating sessions keep their local time and day in the organizer's time zone. */
@QuarkusTest
class RecurrenceTimeZoneTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String manager;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        manager = fixtures.token(org.manager());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldKeepAWeeklyOneToOneAtNineInBerlinAcrossTheEndOfSummerTime() {
        timeZone(manager, "Europe/Berlin");
        clock.set(Instant.parse("2026-10-12T06:00:00Z"));
        // Monday 19 October 2026, 09:00 in Berlin (summer time, UTC+2); summer time ends on the 25th
        String first = schedule(
                        manager, body(org.manager().id, org.employee().id, at("2026-10-19T07:00:00Z"), "WEEKLY"))
                .getString("id");
        assertEquals(
                List.of("2026-10-26T08:00:00Z", "2026-11-02T08:00:00Z"), // 09:00 in Berlin, winter time (UTC+1)
                nextStarts(first, 2));
    }

    @Test
    void shouldComeBackToThe31stAfterShortMonths() {
        clock.set(Instant.parse("2027-01-20T06:00:00Z"));
        String first = schedule(
                        manager, body(org.manager().id, org.employee().id, at("2027-01-31T15:00:00Z"), "MONTHLY"))
                .getString("id");
        assertEquals(
                List.of("2027-02-28T15:00:00Z", "2027-03-31T15:00:00Z", "2027-04-30T15:00:00Z", "2027-05-31T15:00:00Z"),
                nextStarts(first, 4));
    }

    /** Completes the series from `id` on, `count` times, and returns the starts of the occurrences that follow. */
    private List<String> nextStarts(String id, int count) {
        List<String> starts = new ArrayList<>();
        String current = id;
        for (int i = 0; i < count; i++) {
            String next = complete(manager, current).getString("nextId");
            starts.add(SessionApi.get(manager, next).getString("startsAt"));
            current = next;
        }
        return starts;
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static void timeZone(String token, String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeZone", zone);
        as(token).body(body).put("/api/v1/me/preferences").then().statusCode(200);
    }
}
