package app.cairn.sessions;

import static app.cairn.sessions.SessionApi.SESSIONS;
import static app.cairn.sessions.SessionApi.body;
import static app.cairn.sessions.SessionApi.future;
import static app.cairn.sessions.SessionApi.get;
import static app.cairn.sessions.SessionApi.schedule;
import static app.cairn.sessions.SessionApi.scheduleId;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduling, listing, rescheduling and cancelling sessions, and every kind of bad input. */
@QuarkusTest
class SessionSchedulingTest {

    @Inject
    Fixtures fixtures;

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

    @Test
    void shouldScheduleAOneToOneAndShowItToBothParticipants() {
        Instant start = future(2);
        JsonPath created = schedule(manager, body(org.manager().id, org.employee().id, start, "FORTNIGHTLY"));
        String id = created.getString("id");
        assertEquals("ONE_TO_ONE", created.getString("kind"));
        assertEquals(start, Instant.parse(created.getString("startsAt")));
        assertEquals(start.plus(30, ChronoUnit.MINUTES), Instant.parse(created.getString("endsAt")));

        as(employee)
                .get(SESSIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("recurrence", equalTo("FORTNIGHTLY"))
                .body("participants.name", equalTo(List.of("Mia Manager", "Eli Employee")))
                .body("contentVisible", equalTo(true))
                .body("permissions.canComplete", equalTo(true));
        as(employee)
                .get(SESSIONS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("total", equalTo(1));
        as(peer).get(SESSIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(peer).get(SESSIONS).then().body("total", equalTo(0));
    }

    @Test
    void shouldFilterTheListByParticipantKindStatusAndTime() {
        String withEmployee = scheduleId(manager, org.manager().id, org.employee().id, future(1), "NONE");
        String withPeer = scheduleId(manager, org.manager().id, org.peer().id, future(10), "NONE");
        as(manager)
                .queryParam("participantId", org.peer().id.toString())
                .get(SESSIONS)
                .then()
                .body("items.id", equalTo(List.of(withPeer)));
        as(manager)
                .queryParam("from", future(5).toString())
                .get(SESSIONS)
                .then()
                .body("items.id", equalTo(List.of(withPeer)));
        as(manager)
                .queryParam("to", future(5).toString())
                .get(SESSIONS)
                .then()
                .body("items.id", equalTo(List.of(withEmployee)));
        as(manager).queryParam("kind", "CHECK_IN").get(SESSIONS).then().body("total", equalTo(0));
        as(manager).queryParam("status", "SCHEDULED").get(SESSIONS).then().body("total", equalTo(2));
        as(manager)
                .queryParam("sort", "-startsAt")
                .get(SESSIONS)
                .then()
                .body("items.id", equalTo(List.of(withPeer, withEmployee)));
        as(manager)
                .queryParam("size", 1)
                .get(SESSIONS)
                .then()
                .body("items", hasSize(1))
                .body("total", equalTo(2));
        as(manager)
                .queryParam("kind", "DINNER")
                .get(SESSIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(manager)
                .queryParam("from", "yesterday")
                .get(SESSIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(manager)
                .queryParam("participantId", "x")
                .get(SESSIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("participantId"));
        as(manager)
                .queryParam("sort", "secret")
                .get(SESSIONS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void shouldShowAdminsThatASessionHappenedButNotItsContent() {
        String id = scheduleId(manager, org.manager().id, org.employee().id, future(1), "NONE");
        SessionApi.addAgenda(employee, id, "Salary worries");
        as(admin)
                .get(SESSIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("participants.name", equalTo(List.of("Mia Manager", "Eli Employee")))
                .body("status", equalTo("SCHEDULED"))
                .body("contentVisible", equalTo(false))
                .body("agendaItems", hasSize(0))
                .body("sharedNotes", equalTo(null))
                .body("actionItems", hasSize(0))
                .body("permissions.canEdit", equalTo(false))
                .body(not(containsString("Salary")));
        as(admin).get(SESSIONS).then().body("items.id", hasItem(id));
        as(admin).get(SESSIONS + "/" + id + "/agenda-items").then().statusCode(403);
    }

    @Test
    void shouldRejectASessionWithOneself() {
        rejected(body(org.manager().id, org.manager().id, future(1), "NONE"), "participantIds");
    }

    @Test
    void shouldRejectParticipantsOutsideTheOrganizationOrDeactivated() {
        TestOrg other = fixtures.org();
        rejected(body(org.manager().id, other.employee().id, future(1), "NONE"), "participantIds");
        rejected(body(org.manager().id, UUID.randomUUID(), future(1), "NONE"), "participantIds");
        Person gone =
                fixtures.addPerson(org.org().id, "gone-" + UUID.randomUUID() + "@test.example", "Gone", null, false);
        as(admin).post("/api/v1/people/" + gone.id + "/deactivate").then().statusCode(200);
        rejected(body(org.manager().id, gone.id, future(1), "NONE"), "participantIds");
        rejected(body(org.employee().id, org.peer().id, future(1), "NONE"), "participantIds");
    }

    @Test
    void shouldRejectADurationOfZeroOrMoreThanEightHours() {
        Map<String, Object> body = body(org.manager().id, org.employee().id, future(1), "NONE");
        rejected(with(body, "durationMinutes", 0), "durationMinutes");
        rejected(with(body, "durationMinutes", -30), "durationMinutes");
        rejected(with(body, "durationMinutes", 481), "durationMinutes");
        as(manager)
                .body(with(body, "durationMinutes", 480))
                .post(SESSIONS)
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRejectAStartInThePastUnlessRecordingAPastMeeting() {
        Map<String, Object> past =
                body(org.manager().id, org.employee().id, Instant.now().minus(2, ChronoUnit.DAYS), "NONE");
        rejected(past, "startsAt");
        as(manager).body(with(past, "record", true)).post(SESSIONS).then().statusCode(201);
    }

    @Test
    void shouldRejectUnknownRecurrenceAndKind() {
        Map<String, Object> body = body(org.manager().id, org.employee().id, future(1), "NONE");
        rejected(with(body, "recurrence", "DAILY"), "recurrence");
        rejected(with(body, "kind", "DINNER"), "kind");
        rejected(with(body, "kind", null), "kind");
        rejected(with(body, "startsAt", "tomorrow"), "startsAt");
    }

    @Test
    void shouldRescheduleAndConfirmOneOccurrence() {
        String id = scheduleId(manager, org.manager().id, org.employee().id, future(1), "NONE");
        Instant later = future(3);
        as(employee)
                .body(Map.of("startsAt", later.toString(), "durationMinutes", 45, "version", 0))
                .post(SESSIONS + "/" + id + "/reschedule")
                .then()
                .statusCode(200)
                .body("durationMinutes", equalTo(45))
                .body("version", equalTo(1));
        as(manager)
                .body(Map.of("startsAt", later.toString(), "durationMinutes", 45, "version", 0))
                .post(SESSIONS + "/" + id + "/reschedule")
                .then()
                .statusCode(409);
        as(manager)
                .body(Map.of(
                        "startsAt",
                        Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "durationMinutes",
                        45,
                        "version",
                        1))
                .post(SESSIONS + "/" + id + "/reschedule")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startsAt"));
        as(manager)
                .body(Map.of("startsAt", later.toString(), "durationMinutes", 500, "version", 1))
                .post(SESSIONS + "/" + id + "/reschedule")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));
    }

    @Test
    void shouldCancelOneOccurrenceAndMoveOnToTheNext() {
        Instant start = future(1);
        String id = scheduleId(manager, org.manager().id, org.employee().id, start, "WEEKLY");
        SessionApi.addAgenda(employee, id, "Roadmap");
        JsonPath cancelled = as(manager)
                .body(Map.of("scope", "OCCURRENCE", "reason", "Off sick", "version", 0))
                .post(SESSIONS + "/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Off sick"))
                .extract()
                .jsonPath();
        String nextId = cancelled.getString("nextId");
        JsonPath next = get(employee, nextId);
        assertEquals(start.plus(7, ChronoUnit.DAYS), Instant.parse(next.getString("startsAt")));
        assertEquals(List.of("Roadmap"), next.getList("agendaItems.title"));

        // a cancelled session takes no more changes
        as(employee)
                .body(Map.of("title", "More"))
                .post(SESSIONS + "/" + id + "/agenda-items")
                .then()
                .statusCode(409)
                .body("detail", containsString("cancelled"));
        as(employee)
                .body(Map.of("version", cancelled.getInt("version")))
                .post(SESSIONS + "/" + id + "/complete")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldCancelTheWholeSeries() {
        String id = scheduleId(manager, org.manager().id, org.employee().id, future(1), "WEEKLY");
        as(manager)
                .body(Map.of("scope", "SERIES", "version", 0))
                .post(SESSIONS + "/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("seriesEnded", equalTo(true))
                .body("nextId", equalTo(null));
        as(manager).queryParam("status", "SCHEDULED").get(SESSIONS).then().body("total", equalTo(0));
        as(manager)
                .body(Map.of("scope", "EVERYTHING", "version", 1))
                .post(SESSIONS + "/" + id + "/cancel")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scope"));
    }

    @Test
    void shouldPrefillTheAgendaFromATemplate() {
        String template = as(admin)
                .body(Map.of("name", "Standard 1:1", "items", List.of("Wins", "Blockers"), "scope", "ORGANIZATION"))
                .post("/api/v1/agenda-templates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String own = as(manager)
                .body(Map.of("name", "Mine", "items", List.of("Career")))
                .post("/api/v1/agenda-templates")
                .then()
                .statusCode(201)
                .body("scope", equalTo("PERSONAL"))
                .extract()
                .path("id");
        as(manager)
                .body(Map.of("name", "Sneaky", "items", List.of("x"), "scope", "ORGANIZATION"))
                .post("/api/v1/agenda-templates")
                .then()
                .statusCode(403);
        as(manager).get("/api/v1/agenda-templates").then().body("items.name", equalTo(List.of("Standard 1:1", "Mine")));
        as(employee).get("/api/v1/agenda-templates").then().body("items.name", equalTo(List.of("Standard 1:1")));

        JsonPath session = schedule(
                manager, with(body(org.manager().id, org.employee().id, future(1), "NONE"), "templateId", template));
        assertEquals(List.of("Wins", "Blockers"), session.getList("agendaItems.title"));
        // someone else's own template is not usable
        rejected(
                employee,
                with(body(org.employee().id, org.manager().id, future(1), "NONE"), "templateId", own),
                "templateId");
        as(employee)
                .body(Map.of("name", "x", "items", List.of("y"), "version", 0))
                .put("/api/v1/agenda-templates/" + template)
                .then()
                .statusCode(403);
        as(employee).delete("/api/v1/agenda-templates/" + own).then().statusCode(404);
        as(manager)
                .body(Map.of("name", "Mine v2", "items", List.of("Career", "Growth"), "version", 0))
                .put("/api/v1/agenda-templates/" + own)
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        as(manager)
                .body(Map.of("name", "", "items", List.of()))
                .post("/api/v1/agenda-templates")
                .then()
                .statusCode(400);
        as(manager).delete("/api/v1/agenda-templates/" + own).then().statusCode(204);
    }

    private void rejected(Map<String, Object> body, String field) {
        rejected(manager, body, field);
    }

    private void rejected(String token, Map<String, Object> body, String field) {
        long before = as(token).get(SESSIONS).then().extract().jsonPath().getLong("total");
        as(token)
                .body(body)
                .post(SESSIONS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        as(token).get(SESSIONS).then().body("total", equalTo((int) before));
    }
}
