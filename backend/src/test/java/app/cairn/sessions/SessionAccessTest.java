package app.cairn.sessions;

import static app.cairn.sessions.SessionApi.SESSIONS;
import static app.cairn.sessions.SessionApi.addAgenda;
import static app.cairn.sessions.SessionApi.future;
import static app.cairn.sessions.SessionApi.scheduleId;
import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 401 without a valid token, 403 for admins on content, 404 for outsiders and other organizations: every endpoint. */
@QuarkusTest
class SessionAccessTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestTokens badTokens;

    TestOrg org;
    String manager;
    String employee;
    String session;
    String agendaItem;
    String actionItem;
    String template;

    record Call(String method, String path, Object body) {
        Response send(RequestSpecification spec) {
            RequestSpecification request = body == null ? spec : spec.body(body);
            return switch (method) {
                case "GET" -> request.get(path);
                case "POST" -> request.post(path);
                case "PUT" -> request.put(path);
                case "DELETE" -> request.delete(path);
                default -> throw new IllegalArgumentException(method);
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        session = scheduleId(manager, org.manager().id, org.employee().id, future(1), "WEEKLY");
        agendaItem = addAgenda(employee, session, "Topic");
        actionItem = as(manager)
                .body(Map.of("title", "Do it", "assigneeId", org.employee().id.toString()))
                .post(SESSIONS + "/" + session + "/action-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        template = as(manager)
                .body(Map.of("name", "Mine", "items", List.of("a")))
                .post("/api/v1/agenda-templates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Calls on one session's content: participants only. */
    List<Call> contentCalls() {
        String s = SESSIONS + "/" + session;
        Map<String, Object> version = Map.of("version", 0);
        return List.of(
                new Call(
                        "POST",
                        s + "/reschedule",
                        Map.of("startsAt", future(2).toString(), "durationMinutes", 30, "version", 0)),
                new Call("POST", s + "/cancel", version),
                new Call("POST", s + "/complete", version),
                new Call("GET", s + "/agenda-items", null),
                new Call("POST", s + "/agenda-items", Map.of("title", "x")),
                new Call("PUT", s + "/agenda-items/" + agendaItem, Map.of("discussed", true, "version", 0)),
                new Call("DELETE", s + "/agenda-items/" + agendaItem, null),
                new Call("POST", s + "/agenda-items/reorder", Map.of("itemIds", List.of(agendaItem))),
                new Call("GET", s + "/notes", null),
                new Call("PUT", s + "/notes", Map.of("body", "x")),
                new Call("GET", s + "/private-notes", null),
                new Call("PUT", s + "/private-notes", Map.of("body", "x")),
                new Call("GET", s + "/action-items", null),
                new Call(
                        "POST",
                        s + "/action-items",
                        Map.of("title", "x", "assigneeId", org.manager().id.toString())),
                new Call("PUT", s + "/action-items/" + actionItem, Map.of("done", true, "version", 0)),
                new Call("DELETE", s + "/action-items/" + actionItem, null),
                new Call("GET", s + "/objectives", null),
                new Call(
                        "POST",
                        s + "/objectives",
                        Map.of("objectiveId", UUID.randomUUID().toString())),
                new Call("DELETE", s + "/objectives/" + UUID.randomUUID(), null));
    }

    List<Call> allCalls() {
        List<Call> calls = new java.util.ArrayList<>(contentCalls());
        calls.addAll(List.of(
                new Call("GET", SESSIONS, null),
                new Call("POST", SESSIONS, Map.of("kind", "ONE_TO_ONE")),
                new Call("GET", SESSIONS + "/" + session, null),
                new Call("GET", "/api/v1/action-items", null),
                new Call("GET", "/api/v1/agenda-templates", null),
                new Call("POST", "/api/v1/agenda-templates", Map.of("name", "x", "items", List.of("y"))),
                new Call(
                        "PUT",
                        "/api/v1/agenda-templates/" + template,
                        Map.of("name", "x", "items", List.of("y"), "version", 0)),
                new Call("DELETE", "/api/v1/agenda-templates/" + template, null),
                new Call("GET", "/api/v1/one-to-ones/cadence", null),
                new Call("GET", "/api/v1/one-to-ones/overdue", null),
                new Call("PUT", "/api/v1/one-to-ones/intervals/" + org.employee().id, Map.of("intervalDays", 7)),
                new Call("GET", "/api/v1/session-settings", null),
                new Call(
                        "PUT",
                        "/api/v1/session-settings",
                        Map.of("defaultIntervalDays", 7, "lockAfterDays", 7, "version", 0)),
                new Call("GET", "/api/v1/calendar-feed", null),
                new Call("POST", "/api/v1/calendar-feed", null),
                new Call("DELETE", "/api/v1/calendar-feed", null)));
        return calls;
    }

    @Test
    void shouldAnswer401WithoutAValidTokenOnEveryEndpoint() {
        String expired = badTokens.expired(org.manager());
        for (Call call : allCalls()) {
            call.send(given().contentType(ContentType.JSON))
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
            call.send(given().auth().oauth2(expired).contentType(ContentType.JSON))
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void shouldAnswer404ForAnotherOrganizationsSessionsAndPeople() {
        TestOrg other = fixtures.org();
        String outsider = fixtures.token(other.admin());
        for (Call call : contentCalls()) {
            call.send(as(outsider)).then().statusCode(404);
        }
        as(outsider).get(SESSIONS + "/" + session).then().statusCode(404);
        as(outsider).get(SESSIONS).then().body("total", equalTo(0));
        as(outsider).get("/api/v1/agenda-templates").then().body("total", equalTo(0));
        as(outsider)
                .body(Map.of("name", "x", "items", List.of("y"), "version", 0))
                .put("/api/v1/agenda-templates/" + template)
                .then()
                .statusCode(404);
        as(outsider).delete("/api/v1/agenda-templates/" + template).then().statusCode(404);
        as(outsider)
                .body(Map.of("intervalDays", 7))
                .put("/api/v1/one-to-ones/intervals/" + org.employee().id)
                .then()
                .statusCode(404);
        // an outsider admin sees only their own organization's pairs
        for (String list : List.of("/api/v1/one-to-ones/cadence", "/api/v1/one-to-ones/overdue")) {
            List<String> reports = as(outsider).get(list).then().extract().path("items.report.id");
            assertFalse(reports.contains(org.employee().id.toString()));
            assertFalse(reports.contains(org.peer().id.toString()));
        }
    }

    @Test
    void shouldAnswer404ToPeopleWhoAreNotParticipants() {
        String peer = fixtures.token(org.peer());
        String skip = fixtures.token(org.skipLevel());
        for (String outsider : List.of(peer, skip)) {
            as(outsider).get(SESSIONS + "/" + session).then().statusCode(404);
            for (Call call : contentCalls()) {
                call.send(as(outsider)).then().statusCode(404);
            }
        }
    }

    @Test
    void shouldAnswer403ToAdminsOnASessionsContent() {
        String admin = fixtures.token(org.admin());
        as(admin).get(SESSIONS + "/" + session).then().statusCode(200).body("contentVisible", equalTo(false));
        for (Call call : contentCalls()) {
            call.send(as(admin)).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void shouldAnswer404ForUnknownIds() {
        String s = SESSIONS + "/" + session;
        as(manager).get(SESSIONS + "/" + UUID.randomUUID()).then().statusCode(404);
        as(manager).get(SESSIONS + "/not-a-uuid").then().statusCode(404);
        as(manager)
                .body(Map.of("discussed", true, "version", 0))
                .put(s + "/agenda-items/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        as(manager)
                .body(Map.of("done", true, "version", 0))
                .put(s + "/action-items/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        as(manager)
                .delete("/api/v1/agenda-templates/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        as(manager)
                .body(Map.of("intervalDays", 7))
                .put("/api/v1/one-to-ones/intervals/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        as(manager).post(s + "/complete").then().statusCode(400);
        as(manager)
                .body(Map.of("startsAt", Instant.now().toString()))
                .post(s + "/reschedule")
                .then()
                .statusCode(400);
    }
}
