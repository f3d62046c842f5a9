package app.cairn.sessions;

import static app.cairn.sessions.SessionApi.SESSIONS;
import static app.cairn.sessions.SessionApi.addAgenda;
import static app.cairn.sessions.SessionApi.future;
import static app.cairn.sessions.SessionApi.get;
import static app.cairn.sessions.SessionApi.scheduleId;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared agenda, shared and private notes, action items and linked objectives. */
@QuarkusTest
class SessionContentTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String manager;
    String employee;
    String peer;
    String admin;
    String session;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        admin = fixtures.token(org.admin());
        session = scheduleId(manager, org.manager().id, org.employee().id, future(1), "NONE");
    }

    @Test
    void shouldKeepAPrivateNoteInvisibleToEveryoneButItsAuthor() {
        String secret = "I think my manager is wrong about the reorg";
        as(employee)
                .body(Map.of("body", secret))
                .put(SESSIONS + "/" + session + "/private-notes")
                .then()
                .statusCode(200)
                .body("body", equalTo(secret))
                .body("version", equalTo(0));
        as(employee)
                .get(SESSIONS + "/" + session + "/private-notes")
                .then()
                .statusCode(200)
                .body("body", equalTo(secret));

        // the other participant sees their own (empty) note: not even that one exists
        as(manager)
                .get(SESSIONS + "/" + session + "/private-notes")
                .then()
                .statusCode(200)
                .body("body", equalTo(""))
                .body("version", equalTo(null));
        for (String reader : List.of(manager, admin)) {
            String all = as(reader)
                            .get(SESSIONS + "/" + session)
                            .then()
                            .extract()
                            .asString()
                    + as(reader).get(SESSIONS).then().extract().asString()
                    + as(reader).get("/api/v1/action-items").then().extract().asString()
                    + as(reader)
                            .get(SESSIONS + "/" + session + "/notes")
                            .then()
                            .extract()
                            .asString()
                    + as(reader)
                            .get(SESSIONS + "/" + session + "/agenda-items")
                            .then()
                            .extract()
                            .asString();
            assertFalse(all.contains(secret), "leaked to a reader");
            assertFalse(all.toLowerCase().contains("private"), "hints that a private note exists");
        }
        as(admin).get(SESSIONS + "/" + session + "/private-notes").then().statusCode(403);
        as(peer).get(SESSIONS + "/" + session + "/private-notes").then().statusCode(404);

        // the manager writes their own; each still sees only their own
        as(manager)
                .body(Map.of("body", "Eli seems tired"))
                .put(SESSIONS + "/" + session + "/private-notes")
                .then()
                .statusCode(200);
        as(employee).get(SESSIONS + "/" + session + "/private-notes").then().body("body", equalTo(secret));
        as(manager).get(SESSIONS + "/" + session + "/private-notes").then().body("body", equalTo("Eli seems tired"));
        // versioned: a stale save is a 409
        as(employee)
                .body(Map.of("body", "x", "version", 5))
                .put(SESSIONS + "/" + session + "/private-notes")
                .then()
                .statusCode(409);
        as(employee)
                .body(Map.of("body", "updated", "version", 0))
                .put(SESSIONS + "/" + session + "/private-notes")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void shouldShareNotesBetweenBothParticipantsWithVersions() {
        as(manager)
                .body(Map.of("body", "We agreed on the plan"))
                .put(SESSIONS + "/" + session + "/notes")
                .then()
                .statusCode(200)
                .body("updatedBy.name", equalTo("Mia Manager"))
                .body("version", equalTo(0));
        as(employee).get(SESSIONS + "/" + session).then().body("sharedNotes.body", equalTo("We agreed on the plan"));
        // the employee had loaded no notes: their own first save must not silently overwrite the manager's
        as(employee)
                .body(Map.of("body", "My first thoughts"))
                .put(SESSIONS + "/" + session + "/notes")
                .then()
                .statusCode(409);
        as(employee)
                .body(Map.of("body", "We agreed on the plan. And lunch.", "version", 0))
                .put(SESSIONS + "/" + session + "/notes")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        as(manager)
                .body(Map.of("body", "overwrite", "version", 0))
                .put(SESSIONS + "/" + session + "/notes")
                .then()
                .statusCode(409);
        as(manager)
                .body(Map.of("body", "x".repeat(20001), "version", 1))
                .put(SESSIONS + "/" + session + "/notes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(admin).put(SESSIONS + "/" + session + "/notes").then().statusCode(400);
        as(admin)
                .body(Map.of("body", "admin was here"))
                .put(SESSIONS + "/" + session + "/notes")
                .then()
                .statusCode(403);
        as(peer).body(Map.of("body", "peer"))
                .put(SESSIONS + "/" + session + "/notes")
                .then()
                .statusCode(404);
        as(employee).get(SESSIONS + "/" + session + "/notes").then().body("body", containsString("lunch"));
    }

    @Test
    void shouldLetBothParticipantsBuildTheAgendaAndEditOnlyTheirOwnItems() {
        String mine = addAgenda(employee, session, "Promotion timeline");
        String theirs = addAgenda(manager, session, "Project Atlas");
        String third = addAgenda(manager, session, "Holidays");
        as(employee)
                .get(SESSIONS + "/" + session + "/agenda-items")
                .then()
                .body("title", equalTo(List.of("Promotion timeline", "Project Atlas", "Holidays")))
                .body("mine", equalTo(List.of(true, false, false)));

        as(employee)
                .body(Map.of("title", "Hijacked", "version", 0))
                .put(SESSIONS + "/" + session + "/agenda-items/" + theirs)
                .then()
                .statusCode(403);
        as(employee)
                .body(Map.of("discussed", true, "version", 0))
                .put(SESSIONS + "/" + session + "/agenda-items/" + theirs)
                .then()
                .statusCode(200)
                .body("discussed", equalTo(true));
        as(employee)
                .body(Map.of("title", "Promotion timeline and pay", "version", 0))
                .put(SESSIONS + "/" + session + "/agenda-items/" + mine)
                .then()
                .statusCode(200)
                .body("title", equalTo("Promotion timeline and pay"));
        as(manager)
                .body(Map.of("discussed", false, "version", 0))
                .put(SESSIONS + "/" + session + "/agenda-items/" + theirs)
                .then()
                .statusCode(409);
        as(employee)
                .delete(SESSIONS + "/" + session + "/agenda-items/" + third)
                .then()
                .statusCode(403);

        as(manager)
                .body(Map.of("itemIds", List.of(third, mine, theirs)))
                .post(SESSIONS + "/" + session + "/agenda-items/reorder")
                .then()
                .statusCode(200)
                .body("title", equalTo(List.of("Holidays", "Promotion timeline and pay", "Project Atlas")));
        as(manager)
                .body(Map.of("itemIds", List.of(third, mine)))
                .post(SESSIONS + "/" + session + "/agenda-items/reorder")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("itemIds"));
        as(manager)
                .body(Map.of("title", " "))
                .post(SESSIONS + "/" + session + "/agenda-items")
                .then()
                .statusCode(400);
        as(manager)
                .delete(SESSIONS + "/" + session + "/agenda-items/" + third)
                .then()
                .statusCode(204);
        as(employee).get(SESSIONS + "/" + session + "/agenda-items").then().body("", hasSize(2));
    }

    @Test
    void shouldAssignActionItemsOnlyToParticipants() {
        as(manager)
                .body(Map.of("title", "Ask Pat", "assigneeId", org.peer().id.toString()))
                .post(SESSIONS + "/" + session + "/action-items")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("assigneeId"));
        as(manager)
                .body(Map.of("title", "", "assigneeId", org.employee().id.toString()))
                .post(SESSIONS + "/" + session + "/action-items")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"));
        String action = as(manager)
                .body(Map.of(
                        "title", "Write the design doc",
                        "assigneeId", org.employee().id.toString(),
                        "dueDate", "2030-01-15"))
                .post(SESSIONS + "/" + session + "/action-items")
                .then()
                .statusCode(201)
                .body("assignee.name", equalTo("Eli Employee"))
                .extract()
                .path("id");
        as(employee)
                .queryParam("done", false)
                .get("/api/v1/action-items")
                .then()
                .body("items.title", equalTo(List.of("Write the design doc")));
        as(manager).get("/api/v1/action-items").then().body("total", equalTo(0));
        as(employee)
                .body(Map.of("assigneeId", org.peer().id.toString(), "version", 0))
                .put(SESSIONS + "/" + session + "/action-items/" + action)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("assigneeId"));
        as(employee)
                .body(Map.of("done", true, "version", 0))
                .put(SESSIONS + "/" + session + "/action-items/" + action)
                .then()
                .statusCode(200)
                .body("done", equalTo(true))
                .body("doneAt", not(equalTo(null)));
        as(employee)
                .queryParam("done", false)
                .get("/api/v1/action-items")
                .then()
                .body("total", equalTo(0));
        as(employee)
                .delete(SESSIONS + "/" + session + "/action-items/" + action)
                .then()
                .statusCode(403);
        as(manager)
                .delete(SESSIONS + "/" + session + "/action-items/" + action)
                .then()
                .statusCode(204);
    }

    @Test
    void shouldLinkObjectivesWithLiveProgressRespectingTheirVisibility() {
        String shared =
                createActive(employee, manager, objective("Ship the mobile app", "INDIVIDUAL", org.period().id));
        String secret = createActive(
                manager,
                fixtures.token(org.skipLevel()),
                with(objective("Manager's private goal", "INDIVIDUAL", org.period().id), "visibility", "PRIVATE"));
        as(employee)
                .body(Map.of("progress", 40))
                .post("/api/v1/objectives/" + shared + "/check-ins")
                .then()
                .statusCode(201);

        as(employee)
                .body(Map.of("objectiveId", shared))
                .post(SESSIONS + "/" + session + "/objectives")
                .then()
                .statusCode(200)
                .body("title", equalTo(List.of("Ship the mobile app")))
                .body("[0].progress", equalTo(40.0f))
                .body("[0].health", equalTo("ON_TRACK"));
        // the employee cannot see the manager's private objective, so cannot link it
        as(employee)
                .body(Map.of("objectiveId", secret))
                .post(SESSIONS + "/" + session + "/objectives")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("objectiveId"));
        as(manager)
                .body(Map.of("objectiveId", secret))
                .post(SESSIONS + "/" + session + "/objectives")
                .then()
                .statusCode(200);
        as(manager).get(SESSIONS + "/" + session).then().body("objectives", hasSize(2));
        as(employee)
                .get(SESSIONS + "/" + session)
                .then()
                .body("objectives.title", equalTo(List.of("Ship the mobile app")));

        // progress is live: a new check-in shows at once
        as(employee)
                .body(Map.of("progress", 75))
                .post("/api/v1/objectives/" + shared + "/check-ins")
                .then()
                .statusCode(201);
        as(manager).get(SESSIONS + "/" + session + "/objectives").then().body("[0].progress", equalTo(75.0f));
        as(manager)
                .delete(SESSIONS + "/" + session + "/objectives/" + secret)
                .then()
                .statusCode(204);
        as(manager)
                .delete(SESSIONS + "/" + session + "/objectives/" + secret)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldNotLeakContentThroughAdminListsOrCounts() {
        addAgenda(employee, session, "Private-ish topic");
        Map<String, Object> note = new HashMap<>();
        note.put("body", "hidden text");
        as(employee)
                .body(note)
                .put(SESSIONS + "/" + session + "/private-notes")
                .then()
                .statusCode(200);
        String list = as(admin).get(SESSIONS).then().statusCode(200).extract().asString();
        assertFalse(list.contains("Private-ish topic"));
        assertFalse(list.contains("hidden text"));
        assertEquals(List.of(), get(admin, session).getList("agendaItems"));
    }
}
