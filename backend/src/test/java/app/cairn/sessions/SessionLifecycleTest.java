package app.cairn.sessions;

import static app.cairn.sessions.SessionApi.SESSIONS;
import static app.cairn.sessions.SessionApi.addAgenda;
import static app.cairn.sessions.SessionApi.body;
import static app.cairn.sessions.SessionApi.complete;
import static app.cairn.sessions.SessionApi.future;
import static app.cairn.sessions.SessionApi.get;
import static app.cairn.sessions.SessionApi.schedule;
import static app.cairn.sessions.SessionApi.scheduleId;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completing sessions: the next occurrence, carry-over, the record lock, and who is overdue. */
@QuarkusTest
class SessionLifecycleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String manager;
    String employee;
    String peer;
    String admin;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        admin = fixtures.token(org.admin());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCreateTheNextOneToOneAtThePairsIntervalTentatively() {
        Instant start = future(1);
        String id = scheduleId(manager, org.manager().id, org.employee().id, start, "NONE");
        JsonPath done = complete(employee, id);
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("Eli Employee", done.getString("completedBy.name"));
        JsonPath next = get(manager, done.getString("nextId"));
        assertEquals(start.plus(14, ChronoUnit.DAYS), Instant.parse(next.getString("startsAt")));
        assertEquals(true, next.getBoolean("tentative"));
        assertEquals("SCHEDULED", next.getString("status"));
        assertEquals(id, next.getString("previousId"));

        // the pair's own interval wins over the organization's default
        as(manager)
                .body(Map.of("intervalDays", 7))
                .put("/api/v1/one-to-ones/intervals/" + org.employee().id)
                .then()
                .statusCode(200)
                .body("intervalDays", equalTo(7))
                .body("defaultInterval", equalTo(false));
        JsonPath afterNext =
                get(manager, complete(manager, next.getString("id")).getString("nextId"));
        assertEquals(
                Instant.parse(next.getString("startsAt")).plus(7, ChronoUnit.DAYS),
                Instant.parse(afterNext.getString("startsAt")));

        // rescheduling confirms a tentative occurrence
        as(manager)
                .body(Map.of(
                        "startsAt", afterNext.getString("startsAt"),
                        "durationMinutes", 30,
                        "version", afterNext.getInt("version")))
                .post(SESSIONS + "/" + afterNext.getString("id") + "/reschedule")
                .then()
                .body("tentative", equalTo(false));
        // completing twice is a conflict
        as(manager)
                .body(Map.of("version", done.getInt("version")))
                .post(SESSIONS + "/" + id + "/complete")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldFollowTheRecurrenceForTheNextOccurrence() {
        Instant start = future(1);
        String weekly = scheduleId(manager, org.manager().id, org.employee().id, start, "WEEKLY");
        JsonPath next = get(manager, complete(manager, weekly).getString("nextId"));
        assertEquals(start.plus(7, ChronoUnit.DAYS), Instant.parse(next.getString("startsAt")));
        assertEquals(false, next.getBoolean("tentative"));
        assertEquals("WEEKLY", next.getString("recurrence"));

        String monthly = scheduleId(manager, org.manager().id, org.peer().id, start, "MONTHLY");
        JsonPath nextMonth = get(manager, complete(manager, monthly).getString("nextId"));
        assertEquals(
                start.atOffset(java.time.ZoneOffset.UTC).plusMonths(1).toInstant(),
                Instant.parse(nextMonth.getString("startsAt")));

        // a check-in between peers without recurrence has no next occurrence
        String checkIn = schedule(
                        employee, with(body(org.employee().id, org.peer().id, start, "NONE"), "kind", "CHECK_IN"))
                .getString("id");
        assertEquals(null, complete(peer, checkIn).getString("nextId"));
    }

    @Test
    void shouldCarryUndiscussedItemsAndOpenActionsToTheNextOccurrence() {
        String id = scheduleId(manager, org.manager().id, org.employee().id, future(1), "FORTNIGHTLY");
        String discussed = addAgenda(manager, id, "Q3 review");
        addAgenda(employee, id, "Conference budget");
        as(employee)
                .body(Map.of("discussed", true, "version", 0))
                .put(SESSIONS + "/" + id + "/agenda-items/" + discussed)
                .then()
                .statusCode(200);
        String open = as(manager)
                .body(Map.of(
                        "title",
                        "Book the training",
                        "assigneeId",
                        org.employee().id.toString()))
                .post(SESSIONS + "/" + id + "/action-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String closed = as(manager)
                .body(Map.of(
                        "title", "Send slides", "assigneeId", org.manager().id.toString()))
                .post(SESSIONS + "/" + id + "/action-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(manager)
                .body(Map.of("done", true, "version", 0))
                .put(SESSIONS + "/" + id + "/action-items/" + closed)
                .then()
                .statusCode(200);

        String nextId = complete(manager, id).getString("nextId");
        JsonPath next = get(employee, nextId);
        assertEquals(List.of("Conference budget"), next.getList("agendaItems.title"));
        assertEquals(List.of(true), next.getList("agendaItems.carriedOver"));
        assertEquals(List.of(false), next.getList("agendaItems.discussed"));
        assertEquals(List.of("Book the training"), next.getList("actionItems.title"));
        assertEquals(List.of(true), next.getList("actionItems.carriedOver"));

        // the completed session keeps its history; the live copy of the action is in the next one
        JsonPath previous = get(employee, id);
        assertEquals(2, previous.getList("agendaItems").size());
        assertEquals(List.of(true, false), previous.getList("actionItems.carriedForward"));
        as(employee)
                .queryParam("done", false)
                .get("/api/v1/action-items")
                .then()
                .body("items.sessionId", equalTo(List.of(nextId)));
        assertTrue(open != null);

        // still undiscussed next time: it carries on again, once
        String third = complete(employee, nextId).getString("nextId");
        assertEquals(List.of("Conference budget"), get(manager, third).getList("agendaItems.title"));
        assertEquals(List.of("Book the training"), get(manager, third).getList("actionItems.title"));
    }

    @Test
    void shouldLockACompletedSessionAfterTheOrganizationsLockPeriod() {
        String id = scheduleId(manager, org.manager().id, org.employee().id, future(1), "NONE");
        String item = addAgenda(employee, id, "Feedback");
        complete(manager, id);
        // within the lock period, the record can still be completed with notes
        as(employee)
                .body(Map.of("body", "Follow-up notes"))
                .put(SESSIONS + "/" + id + "/notes")
                .then()
                .statusCode(200);

        clock.advance(Duration.ofDays(8));
        JsonPath locked = get(employee, id);
        assertEquals(true, locked.getBoolean("locked"));
        assertEquals(false, locked.getBoolean("permissions.canEdit"));
        assertTrue(locked.getString("readOnlyReason").contains("locked"));
        assertEquals("Follow-up notes", locked.getString("sharedNotes.body"));
        as(employee)
                .body(Map.of("body", "Rewriting history", "version", 0))
                .put(SESSIONS + "/" + id + "/notes")
                .then()
                .statusCode(409)
                .body("detail", containsString("7 days after completion"));
        as(employee)
                .body(Map.of("title", "Late"))
                .post(SESSIONS + "/" + id + "/agenda-items")
                .then()
                .statusCode(409);
        as(employee)
                .body(Map.of("discussed", true, "version", 0))
                .put(SESSIONS + "/" + id + "/agenda-items/" + item)
                .then()
                .statusCode(409);
        as(manager)
                .body(Map.of("body", "private"))
                .put(SESSIONS + "/" + id + "/private-notes")
                .then()
                .statusCode(409);
        as(manager)
                .body(Map.of("title", "x", "assigneeId", org.manager().id.toString()))
                .post(SESSIONS + "/" + id + "/action-items")
                .then()
                .statusCode(409);

        // the lock period is the organization's setting (admins change it)
        JsonPath settings =
                as(admin).get("/api/v1/session-settings").then().extract().jsonPath();
        assertEquals(7, settings.getInt("lockAfterDays"));
        assertEquals(14, settings.getInt("defaultIntervalDays"));
        as(manager)
                .body(Map.of("defaultIntervalDays", 14, "lockAfterDays", 30, "version", 0))
                .put("/api/v1/session-settings")
                .then()
                .statusCode(403);
        as(admin)
                .body(Map.of("defaultIntervalDays", 14, "lockAfterDays", 400, "version", 0))
                .put("/api/v1/session-settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lockAfterDays"));
        as(admin)
                .body(Map.of("defaultIntervalDays", 14, "lockAfterDays", 30, "version", 0))
                .put("/api/v1/session-settings")
                .then()
                .statusCode(200)
                .body("lockAfterDays", equalTo(30));
        as(admin)
                .body(Map.of("defaultIntervalDays", 14, "lockAfterDays", 30, "version", 0))
                .put("/api/v1/session-settings")
                .then()
                .statusCode(409);
        assertEquals(false, get(employee, id).getBoolean("locked"));
    }

    @Test
    void shouldRefuseCadenceToSomeoneWithoutReportsAndShowAManagerOnlyTheirOwnPairs() {
        for (String list : List.of("/api/v1/one-to-ones/cadence", "/api/v1/one-to-ones/overdue")) {
            as(employee).get(list).then().statusCode(403).contentType("application/problem+json");
            // another manager's id is not an error: the page holds only the caller's own pairs
            as(manager)
                    .queryParam("managerId", org.skipLevel().id.toString())
                    .get(list)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        }
    }

    @Test
    void shouldListWhoHasHadNoCompletedOneToOneWithinTheirInterval() {
        // nobody has met yet: both of the manager's reports are overdue
        as(manager)
                .get("/api/v1/one-to-ones/overdue")
                .then()
                .statusCode(200)
                .body("items.report.name", equalTo(List.of("Eli Employee", "Pat Peer")))
                .body("total", equalTo(2));

        String met = schedule(
                        manager,
                        with(
                                body(
                                        org.manager().id,
                                        org.employee().id,
                                        Instant.now().minus(3, ChronoUnit.DAYS),
                                        "NONE"),
                                "record",
                                true))
                .getString("id");
        complete(manager, met);
        as(manager).get("/api/v1/one-to-ones/overdue").then().body("items.report.name", equalTo(List.of("Pat Peer")));
        as(manager)
                .get("/api/v1/one-to-ones/cadence")
                .then()
                .body("items.report.name", equalTo(List.of("Pat Peer", "Eli Employee")))
                .body("items[1].overdue", equalTo(false))
                .body("items[1].intervalDays", equalTo(14))
                .body("items[1].nextScheduledAt", notNullValue());

        // two weeks later the employee is overdue too, unless their interval is longer
        clock.advance(Duration.ofDays(12));
        as(manager).get("/api/v1/one-to-ones/overdue").then().body("total", equalTo(2));
        as(manager)
                .body(Map.of("intervalDays", 30))
                .put("/api/v1/one-to-ones/intervals/" + org.employee().id)
                .then()
                .statusCode(200);
        as(manager).get("/api/v1/one-to-ones/overdue").then().body("items.report.name", equalTo(List.of("Pat Peer")));

        // admins see every pair; employees without reports see none; others cannot set intervals
        as(admin)
                .get("/api/v1/one-to-ones/overdue")
                .then()
                .body("items.report.name", equalTo(List.of("Pat Peer", "Mia Manager")));
        as(employee).get("/api/v1/one-to-ones/overdue").then().body("items", hasSize(0));
        as(employee)
                .body(Map.of("intervalDays", 3))
                .put("/api/v1/one-to-ones/intervals/" + org.peer().id)
                .then()
                .statusCode(404);
        as(fixtures.token(org.skipLevel()))
                .body(Map.of("intervalDays", 3))
                .put("/api/v1/one-to-ones/intervals/" + org.employee().id)
                .then()
                .statusCode(403);
        as(manager)
                .body(Map.of("intervalDays", 0))
                .put("/api/v1/one-to-ones/intervals/" + org.employee().id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("intervalDays"));
    }
}
