package app.cairn.sessions;

import static app.cairn.sessions.SessionApi.body;
import static app.cairn.sessions.SessionApi.complete;
import static app.cairn.sessions.SessionApi.schedule;
import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
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
        manager = fixtures.token(org.manager()); // a sign-in session opened at the moved clock
        String first = schedule(
                        manager, body(org.manager().id, org.employee().id, at("2027-01-31T15:00:00Z"), "MONTHLY"))
                .getString("id");
        assertEquals(
                List.of("2027-02-28T15:00:00Z", "2027-03-31T15:00:00Z", "2027-04-30T15:00:00Z", "2027-05-31T15:00:00Z"),
                nextStarts(first, 4));
    }

    @Test
    void shouldPublishTheSeriesInTheOrganizersZoneInTheCalendarFeed() throws Exception {
        timeZone(manager, "Europe/Berlin");
        clock.set(Instant.parse("2026-10-12T06:00:00Z"));
        schedule(manager, body(org.manager().id, org.employee().id, at("2026-10-19T07:00:00Z"), "WEEKLY"));
        schedule(manager, body(org.manager().id, org.peer().id, at("2026-10-31T15:00:00Z"), "MONTHLY"));
        String url = as(manager)
                .post("/api/v1/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        String ics = given().get(URI.create(url).getPath())
                .then()
                .statusCode(200)
                .extract()
                .asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        String unfolded = ics.replace("\r\n ", "");
        // the weekly 1:1 at 09:00 Berlin time, repeated by calendars in Berlin time
        assertTrue(
                unfolded.contains(
                        "DTSTART;TZID=Europe/Berlin:20261019T090000\r\nDTEND;TZID=Europe/Berlin:20261019T093000"),
                ics);
        assertTrue(unfolded.contains("RRULE:FREQ=WEEKLY\r\n"), ics);
        // the zone's change to winter time on 25 October is in its VTIMEZONE
        assertTrue(unfolded.contains("TZID:Europe/Berlin"), ics);
        assertTrue(
                unfolded.contains(
                        "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"),
                ics);
        // a monthly series on the 31st takes the last day of shorter months, as Cairn does
        assertTrue(unfolded.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"), ics);
    }

    /** Completes the series from `id` on, `count` times, and returns the starts of the occurrences that follow. */
    private List<String> nextStarts(String id, int count) {
        List<String> starts = new ArrayList<>();
        String current = id;
        for (int i = 0; i < count; i++) {
            // an occurrence is completed once it has started, by someone signed in then (a sign-in
            // session idles out over months; a token's expiry is checked against the real time)
            clock.set(Instant.parse(SessionApi.get(manager, current).getString("startsAt")));
            if (clock.instant().isAfter(Instant.now())) {
                manager = fixtures.token(org.manager());
            }
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
