package app.cairn.objectives;

import static app.cairn.support.Api.act;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.create;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.keyResult;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes that overlap: what check-ins own is never written back by an edit that loaded the row
 * before them, and workflow actions need the version their caller loaded.
 */
@QuarkusTest
class LostUpdateTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectiveRepository objectives;

    @Inject
    KeyResultRepository keyResults;

    TestOrg org;
    String admin;
    String manager;
    String employee;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
    }

    @Test
    void shouldKeepACheckInsHealthWhenAnEditLoadedBeforeItCommits() {
        String id = createActive(employee, manager, objective("Ship the beta", "INDIVIDUAL", org.period().id));

        // an edit loads the objective (still ON_TRACK); a check-in commits AT_RISK; the edit commits
        QuarkusTransaction.requiringNew().run(() -> {
            Objective loaded = objectives.findById(UUID.fromString(id));
            loaded.title = "Ship the public beta";
            as(employee)
                    .body(Map.of("health", "AT_RISK", "comment", "Vendor is late"))
                    .post("/api/v1/objectives/" + id + "/check-ins")
                    .then()
                    .statusCode(201);
        });

        as(employee)
                .get("/api/v1/objectives/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Ship the public beta"))
                .body("health", equalTo("AT_RISK"));
    }

    @Test
    void shouldRefuseAKeyResultEditThatLoadedBeforeACheckIn() {
        String id = create(
                employee,
                with(
                        objective("Grow usage", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(keyResult("Weekly users", "NUMBER", 0, 100, 1))));
        String kr =
                as(employee).get("/api/v1/objectives/" + id).then().extract().path("keyResults[0].id");
        int loaded =
                as(employee).get("/api/v1/objectives/" + id).then().extract().path("keyResults[0].version");

        // in one transaction: an edit loads the key result, a check-in commits 40, the edit commits
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    KeyResult stale = keyResults.findById(UUID.fromString(kr));
                    stale.title = "Weekly active users";
                    as(employee)
                            .body(Map.of("value", 40))
                            .post("/api/v1/key-results/" + kr + "/check-ins")
                            .then()
                            .statusCode(201);
                }));
        // through the API: the version read before the check-in is stale
        as(employee)
                .body(with(keyResult("Weekly active users", "NUMBER", 0, 100, 1), "version", loaded))
                .put("/api/v1/key-results/" + kr)
                .then()
                .statusCode(409);
        KeyResult stored = QuarkusTransaction.requiringNew().call(() -> keyResults.findById(UUID.fromString(kr)));
        assertEquals(0, new BigDecimal("40").compareTo(stored.currentValue));
        assertEquals("Weekly users", stored.title);
    }

    @Test
    void shouldRequireTheCurrentVersionForEveryWorkflowAction() {
        String draft = create(employee, objective("Draft", "INDIVIDUAL", org.period().id));
        String active = createActive(employee, manager, objective("Active", "INDIVIDUAL", org.period().id));
        Map<String, String> actions = Map.of(
                "propose", draft,
                "approve", draft,
                "complete", active,
                "cancel", active,
                "archive", active);
        actions.forEach((action, id) -> {
            String token = action.equals("approve") ? manager : employee;
            as(token)
                    .body(Map.of("version", 987654))
                    .post("/api/v1/objectives/" + id + "/" + action)
                    .then()
                    .statusCode(409);
            as(token)
                    .body(Map.of())
                    .post("/api/v1/objectives/" + id + "/" + action)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("version"));
        });
        as(manager)
                .body(Map.of("comment", "Not yet", "version", 987654))
                .post("/api/v1/objectives/" + draft + "/return")
                .then()
                .statusCode(409);
        as(employee).get("/api/v1/objectives/" + draft).then().body("status", equalTo("DRAFT"));
        as(employee).get("/api/v1/objectives/" + active).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldReopenACompletedObjectiveForTheManagerKeepingItsHistory() {
        String id = createActive(employee, manager, objective("Hire two engineers", "INDIVIDUAL", org.period().id));
        as(employee)
                .body(Map.of("progress", 60))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(201);
        act(employee, id, "complete").statusCode(200);
        as(employee).get("/api/v1/objectives/" + id).then().body("permissions.canReopen", equalTo(false));
        act(employee, id, "reopen").statusCode(403);
        as(manager).get("/api/v1/objectives/" + id).then().body("permissions.canReopen", equalTo(true));

        act(manager, id, "reopen").statusCode(200).body("status", equalTo("ACTIVE"));
        as(manager)
                .body(Map.of("version", 0))
                .post("/api/v1/objectives/" + id + "/reopen")
                .then()
                .statusCode(409);
        act(manager, id, "reopen").statusCode(409); // active: nothing to reopen
        as(employee).get("/api/v1/objectives/" + id + "/check-ins").then().body("total", equalTo(1));
        as(employee)
                .get("/api/v1/objectives/" + id + "/progress-series")
                .then()
                .body("points.size()", equalTo(5)); // created, agreed, checked in, completed, reopened
        // cancelled ones too, by an admin
        act(employee, id, "cancel").statusCode(200);
        act(admin, id, "reopen").statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldUnarchiveToTheStatusBeforeArchiving() {
        String active = createActive(employee, manager, objective("Active one", "INDIVIDUAL", org.period().id));
        String draft = create(employee, objective("Draft one", "INDIVIDUAL", org.period().id));
        act(employee, active, "archive").statusCode(200);
        act(employee, draft, "archive").statusCode(200);

        act(employee, active, "unarchive").statusCode(403);
        as(manager).get("/api/v1/objectives/" + active).then().body("permissions.canUnarchive", equalTo(true));
        act(manager, active, "unarchive").statusCode(200).body("status", equalTo("ACTIVE"));
        act(admin, draft, "unarchive").statusCode(200).body("status", equalTo("DRAFT"));
        act(admin, draft, "unarchive").statusCode(409);
        as(employee).get("/api/v1/objectives").then().body("items.title", hasItems("Active one", "Draft one"));
    }
}
