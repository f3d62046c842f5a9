package app.cairn.common;

import static app.cairn.support.Api.as;
import static app.cairn.support.Api.create;
import static app.cairn.support.Api.keyResult;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Input no column can hold is a 400 naming the field, for every endpoint, never a 500. */
@QuarkusTest
class BadInputTest {

    private static final String NUL = "a\u0000b";

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;
    String employee;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        employee = fixtures.token(org.employee());
    }

    @Test
    void shouldRefuseNulCharactersInBodiesNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "x" + NUL + "@test.example", "password", "whatever-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", containsString("NUL"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organizationName", "Nul Inc",
                        "slug", "nul-inc",
                        "adminName", "A" + NUL,
                        "adminEmail", "a@nul.example",
                        "adminPassword", "long-enough-password"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("adminName"));
        as(employee)
                .body(objective("Title " + NUL, "INDIVIDUAL", org.period().id))
                .post("/api/v1/objectives")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"));
        as(admin)
                .body(Map.of("name", "Agenda", "items", List.of("fine", NUL)))
                .post("/api/v1/agenda-templates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items[1]"));
    }

    @Test
    void shouldRefuseNulCharactersInParametersNamingThem() {
        for (String list : List.of("/api/v1/people", "/api/v1/teams", "/api/v1/objectives")) {
            as(employee)
                    .queryParam("q", NUL)
                    .get(list)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("q"));
        }
    }

    @Test
    void shouldRefuseAPageWhoseOffsetOverflows() {
        for (String list : List.of("/api/v1/people", "/api/v1/objectives", "/api/v1/sessions", "/api/v1/teams")) {
            as(employee)
                    .queryParam("page", 107374183)
                    .queryParam("size", 200)
                    .get(list)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("page"));
        }
        as(employee)
                .queryParam("page", 10737418)
                .queryParam("size", 200)
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseNumbersTheColumnsCannotHold() {
        as(employee)
                .body(with(objective("Heavy", "INDIVIDUAL", org.period().id), "weight", 1_000_000))
                .post("/api/v1/objectives")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("weight"));
        as(employee)
                .body(with(
                        objective("Huge", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(keyResult("Revenue", "CURRENCY", 0, 1e14, 1))))
                .post("/api/v1/objectives")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("keyResults[0].targetValue"));
        // 1e-9 would be stored as 0, equal to the start: refused instead of silently changed
        as(employee)
                .body(with(
                        objective("Tiny", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(keyResult("Defects", "NUMBER", 0, 1e-9, 1))))
                .post("/api/v1/objectives")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("keyResults[0].targetValue"));

        String id = create(
                employee,
                with(
                        objective("Measured", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(keyResult("Users", "NUMBER", 0, 100, 1))));
        String kr =
                as(employee).get("/api/v1/objectives/" + id).then().extract().path("keyResults[0].id");
        for (Number value : List.of(1e14, -1e300, 1e-5)) {
            as(employee)
                    .body(Map.of("value", value))
                    .post("/api/v1/key-results/" + kr + "/check-ins")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("value"));
        }
        as(employee)
                .body(with(keyResult("Users", "NUMBER", 0, 100, 1), "startValue", 1e15, "version", 0))
                .put("/api/v1/key-results/" + kr)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startValue"));
    }

    @Test
    void shouldRefuseDatesBeyondTheYear9999() {
        as(admin)
                .body(Map.of("name", "Forever", "startDate", "2026-01-01", "endDate", "+999999999-12-31"))
                .post("/api/v1/periods")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endDate"))
                .body("errors[0].message", containsString("9999"));
        as(employee)
                .queryParam("from", "+1000000000-01-01T00:00:00Z")
                .get("/api/v1/sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
