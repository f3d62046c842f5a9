package app.cairn.objectives;

import static app.cairn.support.Api.act;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.create;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.keyResult;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule that rejects bad input: 400 naming the field, and nothing saved. */
@QuarkusTest
class ObjectiveValidationTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;
    String manager;
    String employee;
    String company;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        company = createActive(admin, admin, objective("Company", "COMPANY", org.period().id));
    }

    @Test
    void shouldRejectBadObjectivesAndSaveNothing() {
        var base = objective("Fine", "INDIVIDUAL", org.period().id);
        rejects(with(base, "weight", 0), "weight");
        rejects(with(base, "weight", -2), "weight");
        rejects(with(base, "title", "x".repeat(201)), "title");
        rejects(with(base, "title", " "), "title");
        rejects(with(base, "level", "GALAXY"), "level");
        rejects(with(base, "visibility", "SECRET"), "visibility");
        rejects(with(base, "dueDate", org.period().endDate.plusDays(1).toString()), "dueDate");
        rejects(with(base, "startDate", org.period().startDate.minusDays(1).toString()), "startDate");
        rejects(with(base, "parentId", java.util.UUID.randomUUID().toString()), "parentId");
        rejects(with(base, "keyResults", List.of(keyResult("Flat", "NUMBER", 5, 5, 1))), "keyResults[0].targetValue");
        rejects(with(base, "keyResults", List.of(keyResult("Heavy", "NUMBER", 0, 5, 0))), "keyResults[0].weight");
        rejects(
                with(base, "keyResults", List.of(keyResult("No target", "CURRENCY", 0, null, 1))),
                "keyResults[0].targetValue");
        rejects(with(base, "keyResults", List.of(keyResult("Odd", "COLOUR", 0, 1, 1))), "keyResults[0].kind");
        as(admin)
                .body(with(objective("Company child", "COMPANY", org.period().id), "parentId", company))
                .post("/api/v1/objectives")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parentId"));
        as(employee).get("/api/v1/objectives").then().body("total", equalTo(1));
    }

    @Test
    void shouldRejectAlignmentToArchivedOrDescendantObjectives() {
        String archived = createActive(employee, manager, objective("Old", "INDIVIDUAL", org.period().id));
        act(employee, archived, "archive").statusCode(200);
        rejects(with(objective("New", "INDIVIDUAL", org.period().id), "parentId", archived), "parentId");

        String top = createActive(
                employee, manager, with(objective("Top", "INDIVIDUAL", org.period().id), "parentId", company));
        String middle = createActive(
                employee, manager, with(objective("Middle", "INDIVIDUAL", org.period().id), "parentId", top));
        String bottom = createActive(
                employee, manager, with(objective("Bottom", "INDIVIDUAL", org.period().id), "parentId", middle));
        int version =
                as(employee).get("/api/v1/objectives/" + top).then().extract().path("version");
        for (String descendant : List.of(top, middle, bottom)) {
            as(employee)
                    .body(with(
                            objective("Top", "INDIVIDUAL", org.period().id),
                            "parentId",
                            descendant,
                            "version",
                            version))
                    .put("/api/v1/objectives/" + top)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("parentId"));
        }
        as(employee).get("/api/v1/objectives/" + top).then().body("parent.id", equalTo(company));
    }

    @Test
    void shouldRejectBadCheckIns() {
        String id = createActive(employee, manager, objective("Check me", "INDIVIDUAL", org.period().id));
        as(employee)
                .body(Map.of("progress", 101))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("progress"));
        as(employee)
                .body(Map.of("progress", -1))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("progress"));
        as(employee)
                .body(Map.of("confidence", 11))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("confidence"));
        as(employee)
                .body(Map.of("confidence", 0))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("confidence"));
        as(employee)
                .body(Map.of("health", "FINE"))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("health"));
        as(employee)
                .body(Map.of())
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(400);
        as(employee).get("/api/v1/objectives/" + id + "/check-ins").then().body("total", equalTo(0));

        String withKr = create(
                employee,
                with(
                        objective("Measured", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(keyResult("Count", "NUMBER", 0, 10, 1))));
        as(employee)
                .body(Map.of("progress", 50))
                .post("/api/v1/objectives/" + withKr + "/check-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("progress"));
        String kr = as(employee)
                .get("/api/v1/objectives/" + withKr)
                .then()
                .extract()
                .path("keyResults[0].id");
        as(employee)
                .body(Map.of("health", "AT_RISK"))
                .post("/api/v1/key-results/" + kr + "/check-ins")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("value"));
    }

    @Test
    void shouldLetOnlyAdminsSetCompanyObjectivesAndOnlyManagersPlanForOthers() {
        as(manager)
                .body(objective("Not mine to set", "COMPANY", org.period().id))
                .post("/api/v1/objectives")
                .then()
                .statusCode(403);
        as(employee)
                .body(with(
                        objective("For my peer", "INDIVIDUAL", org.period().id),
                        "ownerId",
                        org.peer().id.toString()))
                .post("/api/v1/objectives")
                .then()
                .statusCode(403);
        as(manager)
                .body(with(
                        objective("For my report", "INDIVIDUAL", org.period().id),
                        "ownerId",
                        org.peer().id.toString()))
                .post("/api/v1/objectives")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldManageKeyResultsWithVersions() {
        String id = createActive(employee, manager, objective("KRs", "INDIVIDUAL", org.period().id));
        String kr = as(employee)
                .body(keyResult("Revenue", "CURRENCY", 0, 1000, 1))
                .post("/api/v1/objectives/" + id + "/key-results")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(employee)
                .body(with(keyResult("Revenue (EUR)", "CURRENCY", 0, 2000, 2), "unit", "EUR", "version", 0))
                .put("/api/v1/key-results/" + kr)
                .then()
                .statusCode(200)
                .body("unit", equalTo("EUR"));
        as(employee)
                .body(with(keyResult("Revenue", "CURRENCY", 0, 2000, 2), "version", 0))
                .put("/api/v1/key-results/" + kr)
                .then()
                .statusCode(409);
        as(fixtures.token(org.peer()))
                .delete("/api/v1/key-results/" + kr)
                .then()
                .statusCode(403);
        as(employee).delete("/api/v1/key-results/" + kr).then().statusCode(204);
        as(employee).delete("/api/v1/key-results/" + kr).then().statusCode(404);
    }

    private void rejects(Map<String, Object> body, String field) {
        as(employee)
                .body(body)
                .post("/api/v1/objectives")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
