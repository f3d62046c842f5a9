package app.cairn.periods;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeriodResourceTest {

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
    void shouldCreateUpdateListAndDeleteAPeriod() {
        String id = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "FY2020", "startDate", "2020-01-01", "endDate", "2020-12-31"))
                .post("/api/v1/periods")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/periods/"))
                .body("current", equalTo(false))
                .extract()
                .path("id");

        given().auth()
                .oauth2(employee)
                .get("/api/v1/periods")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(org.period().name, "FY2020")))
                .body("items[0].current", equalTo(true));

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "FY 2020", "startDate", "2020-01-01", "endDate", "2020-12-31", "version", 0))
                .put("/api/v1/periods/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("FY 2020"))
                .body("version", equalTo(1));

        given().auth().oauth2(admin).delete("/api/v1/periods/" + id).then().statusCode(204);
        given().auth().oauth2(employee).get("/api/v1/periods/" + id).then().statusCode(404);
    }

    @Test
    void shouldRejectAnEndBeforeTheStartAndMissingDates() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Backwards", "startDate", "2026-06-30", "endDate", "2026-04-01"))
                .post("/api/v1/periods")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Dateless"))
                .post("/api/v1/periods")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("endDate", "startDate")));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", org.period().name, "startDate", "2026-01-01", "endDate", "2026-03-31"))
                .post("/api/v1/periods")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldRejectAStaleUpdate() {
        LocalDate start = org.period().startDate;
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Renamed",
                        "startDate",
                        start.toString(),
                        "endDate",
                        start.plusDays(5).toString(),
                        "version",
                        3))
                .put("/api/v1/periods/" + org.period().id)
                .then()
                .statusCode(409);
    }

    @Test
    void shouldForbidEmployeesAndHideOtherOrganizations() {
        given().auth()
                .oauth2(employee)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Mine", "startDate", "2026-01-01", "endDate", "2026-03-31"))
                .post("/api/v1/periods")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(employee)
                .delete("/api/v1/periods/" + org.period().id)
                .then()
                .statusCode(403);
        given().get("/api/v1/periods").then().statusCode(401);
        TestOrg other = fixtures.org();
        given().auth()
                .oauth2(admin)
                .get("/api/v1/periods/" + other.period().id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin)
                .delete("/api/v1/periods/" + other.period().id)
                .then()
                .statusCode(404);
    }
}
