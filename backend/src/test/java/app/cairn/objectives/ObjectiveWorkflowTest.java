package app.cairn.objectives;

import static app.cairn.support.Api.act;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.create;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.keyResult;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.version;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Draft → proposed → agreed or returned; completion and archiving; stale writes; manager tools. */
@QuarkusTest
class ObjectiveWorkflowTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;
    String manager;
    String employee;
    String peer;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
    }

    @Test
    void shouldProposeReturnProposeAndAgreeADraft() {
        String id = create(employee, objective("Learn Rust", "INDIVIDUAL", org.period().id));
        as(employee)
                .get("/api/v1/objectives/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("permissions.canPropose", equalTo(true))
                .body("permissions.canApprove", equalTo(false));
        act(employee, id, "approve").statusCode(403);

        act(employee, id, "propose").statusCode(200).body("proposedAt", notNullValue());
        act(employee, id, "propose").statusCode(409);
        as(manager)
                .body(Map.of("comment", "Tie it to the platform goal", "version", version(manager, id)))
                .post("/api/v1/objectives/" + id + "/return")
                .then()
                .statusCode(200)
                .body("returnComment", equalTo("Tie it to the platform goal"))
                .body("proposedAt", nullValue());
        as(manager)
                .body(Map.of("comment", " ", "version", version(manager, id)))
                .post("/api/v1/objectives/" + id + "/return")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("comment"));

        act(employee, id, "propose").statusCode(200);
        act(manager, id, "approve")
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("returnComment", nullValue());
        act(manager, id, "approve").statusCode(409);
    }

    @Test
    void shouldEndObjectivesAndRefuseCheckInsAfterwards() {
        String id = createActive(employee, manager, objective("Ship it", "INDIVIDUAL", org.period().id));
        act(employee, id, "complete").statusCode(200).body("status", equalTo("COMPLETED"));
        as(employee)
                .body(Map.of("progress", 100))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(409)
                .body("detail", containsString("completed"));
        act(employee, id, "cancel").statusCode(409);
        act(employee, id, "archive").statusCode(200).body("status", equalTo("ARCHIVED"));
        as(employee)
                .body(Map.of("progress", 100))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(403);
        as(employee).get("/api/v1/objectives").then().body("total", equalTo(0));
        as(employee)
                .queryParam("status", "ARCHIVED")
                .get("/api/v1/objectives")
                .then()
                .body("total", equalTo(1));
        act(peer, id, "complete").statusCode(403);
    }

    @Test
    void shouldRejectAStaleUpdate() {
        String id = createActive(employee, manager, objective("Original", "INDIVIDUAL", org.period().id));
        var body = with(objective("First edit", "INDIVIDUAL", org.period().id), "version", 1);
        as(employee)
                .body(body)
                .put("/api/v1/objectives/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        as(manager)
                .body(with(body, "title", "Second edit"))
                .put("/api/v1/objectives/" + id)
                .then()
                .statusCode(409);
        as(employee).get("/api/v1/objectives/" + id).then().body("title", equalTo("First edit"));
    }

    @Test
    void shouldNotMakeAnEditStaleBecauseOfACheckInBelow() {
        String parent = createActive(manager, admin, objective("Team goal", "TEAM", org.period().id));
        String child = createActive(
                employee, manager, with(objective("Mine", "INDIVIDUAL", org.period().id), "parentId", parent));
        int version =
                as(manager).get("/api/v1/objectives/" + parent).then().extract().path("version");
        as(employee)
                .body(Map.of("progress", 40))
                .post("/api/v1/objectives/" + child + "/check-ins")
                .then()
                .statusCode(201);
        as(manager)
                .body(with(objective("Team goal, sharper", "TEAM", org.period().id), "version", version))
                .put("/api/v1/objectives/" + parent)
                .then()
                .statusCode(200)
                .body("progress", equalTo(40.0f));
    }

    @Test
    void shouldCascadeAnObjectiveToReports() {
        String source = createActive(manager, admin, objective("Cut incidents", "TEAM", org.period().id));
        as(manager)
                .body(Map.of(
                        "ownerIds",
                        List.of(org.employee().id.toString(), org.peer().id.toString())))
                .post("/api/v1/objectives/" + source + "/cascade")
                .then()
                .statusCode(201)
                .body("owner.name", containsInAnyOrder("Eli Employee", "Pat Peer"))
                .body("status", equalTo(List.of("DRAFT", "DRAFT")))
                .body("parentId", equalTo(List.of(source, source)))
                .header("Location", endsWith("/api/v1/objectives?parentId=" + source));
        as(manager)
                .body(Map.of("ownerIds", List.of(org.admin().id.toString())))
                .post("/api/v1/objectives/" + source + "/cascade")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ownerIds[0]"));
        // an employee without reports may not cascade at all: 403, not a complaint about the owners
        as(employee)
                .body(Map.of("ownerIds", List.of(org.peer().id.toString())))
                .post("/api/v1/objectives/" + source + "/cascade")
                .then()
                .statusCode(403);
        as(employee)
                .queryParam("parentId", source)
                .get("/api/v1/objectives")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void shouldCopyObjectivesToTheNextPeriodWithKeyResultsReset() {
        String id = createActive(
                employee,
                manager,
                with(
                        objective("Recurring", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(keyResult("Tickets closed", "NUMBER", 0, 50, 1))));
        String kr =
                as(employee).get("/api/v1/objectives/" + id).then().extract().path("keyResults[0].id");
        as(employee)
                .body(Map.of("value", 40))
                .post("/api/v1/key-results/" + kr + "/check-ins")
                .then()
                .statusCode(201);

        LocalDate nextStart = org.period().endDate.plusDays(1);
        String next = as(admin)
                .body(Map.of(
                        "name",
                        "Next " + org.org().slug,
                        "startDate",
                        nextStart.toString(),
                        "endDate",
                        nextStart.plusMonths(3).minusDays(1).toString()))
                .post("/api/v1/periods")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String copy = as(employee)
                .body(Map.of("objectiveIds", List.of(id), "periodId", next))
                .post("/api/v1/objectives/copy")
                .then()
                .statusCode(201)
                .body("[0].status", equalTo("DRAFT"))
                .body("[0].period.id", equalTo(next))
                .extract()
                .path("[0].id");
        as(employee)
                .get("/api/v1/objectives/" + copy)
                .then()
                .body("progress", equalTo(0.0f))
                .body("keyResults[0].currentValue", equalTo(0.0f))
                .body("keyResults[0].targetValue", equalTo(50.0f));
        as(peer).body(Map.of("objectiveIds", List.of(id), "periodId", next))
                .post("/api/v1/objectives/copy")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("objectiveIds[0]"));
    }

    @Test
    void shouldKeepADiscussion() {
        String id = createActive(employee, manager, objective("Talk about it", "INDIVIDUAL", org.period().id));
        as(peer).body(Map.of("body", "Happy to help with this"))
                .post("/api/v1/objectives/" + id + "/comments")
                .then()
                .statusCode(201)
                .body("author.name", equalTo("Pat Peer"));
        as(employee)
                .get("/api/v1/objectives/" + id + "/comments")
                .then()
                .body("total", equalTo(1))
                .body("items[0].body", equalTo("Happy to help with this"));
        as(peer).body(Map.of("body", ""))
                .post("/api/v1/objectives/" + id + "/comments")
                .then()
                .statusCode(400);
    }
}
