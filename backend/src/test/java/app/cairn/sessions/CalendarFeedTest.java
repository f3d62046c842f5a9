package app.cairn.sessions;

import static app.cairn.sessions.SessionApi.complete;
import static app.cairn.sessions.SessionApi.future;
import static app.cairn.sessions.SessionApi.scheduleId;
import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ICS feed, parsed by a real iCalendar library as a calendar app would. */
@QuarkusTest
class CalendarFeedTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String manager;
    String employee;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
    }

    @Test
    void shouldServeAValidFeedWithUtcTimesAndRecurrence() throws Exception {
        Instant weeklyStart = future(2);
        Instant oneOffStart = future(4).plus(90, ChronoUnit.MINUTES);
        String weekly = scheduleId(manager, org.manager().id, org.employee().id, weeklyStart, "FORTNIGHTLY");
        String oneOff = scheduleId(employee, org.employee().id, org.manager().id, oneOffStart, "NONE");
        scheduleId(manager, org.manager().id, org.peer().id, future(3), "NONE");

        String url = as(employee)
                .post("/api/v1/calendar-feed")
                .then()
                .statusCode(201)
                .body("active", equalTo(true))
                .body("url", startsWith("http"))
                .extract()
                .path("url");
        as(employee)
                .get("/api/v1/calendar-feed")
                .then()
                .body("active", equalTo(true))
                .body("url", equalTo(null));

        String ics = given().get(URI.create(url).getPath())
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();
        assertTrue(ics.contains("\r\n"), "lines end with CRLF");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        Map<String, VEvent> events = calendar.getComponents().stream()
                .filter(VEvent.class::isInstance)
                .map(VEvent.class::cast)
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
        assertEquals(2, events.size(), "only the employee's sessions");

        VEvent series = events.get(weekly + "@cairn");
        assertEquals(weeklyStart, instant(series.getStartDate().orElseThrow().getDate()));
        assertEquals(
                weeklyStart.plus(30, ChronoUnit.MINUTES),
                instant(series.getEndDate().orElseThrow().getDate()));
        assertTrue(series.getStartDate().orElseThrow().isUtc());
        RRule<?> rule = series.<RRule<?>>getProperty("RRULE").orElseThrow();
        assertEquals(Frequency.WEEKLY, rule.getRecur().getFrequency());
        assertEquals(2, rule.getRecur().getInterval());
        assertTrue(series.getSummary().orElseThrow().getValue().contains("Mia Manager"));

        VEvent single = events.get(oneOff + "@cairn");
        assertEquals(oneOffStart, instant(single.getStartDate().orElseThrow().getDate()));
        assertTrue(single.getProperty("RRULE").isEmpty());

        // completing moves the RRULE on to the next occurrence
        complete(manager, weekly);
        Calendar after = new CalendarBuilder()
                .build(new StringReader(given().get(URI.create(url).getPath()).asString()));
        List<VEvent> withRule = after.getComponents().stream()
                .filter(VEvent.class::isInstance)
                .map(VEvent.class::cast)
                .filter(e -> e.getProperty("RRULE").isPresent())
                .toList();
        assertEquals(1, withRule.size());
        assertEquals(
                weeklyStart.plus(14, ChronoUnit.DAYS),
                instant(withRule.get(0).getStartDate().orElseThrow().getDate()));
    }

    @Test
    void shouldAnswer404ForARevokedOrRotatedFeedUrl() {
        String first =
                as(employee).post("/api/v1/calendar-feed").then().extract().path("url");
        given().get(URI.create(first).getPath()).then().statusCode(200);
        String second =
                as(employee).post("/api/v1/calendar-feed").then().extract().path("url");
        given().get(URI.create(first).getPath()).then().statusCode(404);
        given().get(URI.create(second).getPath()).then().statusCode(200);

        as(employee).delete("/api/v1/calendar-feed").then().statusCode(204);
        given().get(URI.create(second).getPath()).then().statusCode(404).contentType("application/problem+json");
        as(employee).get("/api/v1/calendar-feed").then().body("active", equalTo(false));
        as(employee).delete("/api/v1/calendar-feed").then().statusCode(404);
        given().get("/api/v1/calendar/not-a-token.ics").then().statusCode(404);
    }

    @Test
    void shouldStoreOnlyAHashOfTheFeedToken() {
        String url = as(employee).post("/api/v1/calendar-feed").then().extract().path("url");
        String token = url.substring(url.lastIndexOf('/') + 1).replace(".ics", "");
        assertNotNull(token);
        assertTrue(token.length() >= 40);
        assertEquals(64, app.cairn.common.security.SecretTokens.hash(token).length());
        String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> (String) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createNativeQuery(
                                "select token_hash from calendar_feeds where person_id = :p and revoked_at is null")
                        .setParameter("p", org.employee().id)
                        .getSingleResult());
        assertEquals(app.cairn.common.security.SecretTokens.hash(token), stored);
        assertFalse(stored.contains(token));
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }
}
