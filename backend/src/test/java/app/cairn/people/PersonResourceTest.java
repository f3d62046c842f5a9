package app.cairn.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {

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
    void shouldListOnlyTheCallersOrganizationSortedByName() {
        fixtures.org(); // another organization with people of the same names
        given().auth()
                .oauth2(employee)
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body(
                        "items.name",
                        equalTo(List.of("Ada Admin", "Eli Employee", "Mia Manager", "Pat Peer", "Sid Skip")))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
    }

    @Test
    void shouldSearchFilterAndPage() {
        given().auth()
                .oauth2(employee)
                .queryParam("q", "mia")
                .get("/api/v1/people")
                .then()
                .body("items.name", equalTo(List.of("Mia Manager")));
        given().auth()
                .oauth2(employee)
                .queryParam("managerId", org.manager().id.toString())
                .get("/api/v1/people")
                .then()
                .body("items.name", containsInAnyOrder("Eli Employee", "Pat Peer"));
        given().auth()
                .oauth2(employee)
                .queryParam("teamId", org.team().id.toString())
                .get("/api/v1/people")
                .then()
                .body("total", equalTo(4));
        given().auth()
                .oauth2(employee)
                .queryParams("size", 2, "page", 1, "sort", "-name")
                .get("/api/v1/people")
                .then()
                .body("items.name", equalTo(List.of("Mia Manager", "Eli Employee")))
                .body("total", equalTo(5));
    }

    @Test
    void shouldReadAPersonWithTeamManagerAndReportCount() {
        given().auth()
                .oauth2(employee)
                .get("/api/v1/people/" + org.manager().id)
                .then()
                .statusCode(200)
                .body("manager.name", equalTo("Sid Skip"))
                .body("team.id", equalTo(org.team().id.toString()))
                .body("reportCount", equalTo(2));
        given().auth()
                .oauth2(employee)
                .get("/api/v1/people/" + org.manager().id + "/reports")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Eli Employee", "Pat Peer")));
    }

    @Test
    void shouldHideAnotherOrganizationsPeopleAs404() {
        TestOrg other = fixtures.org();
        given().auth()
                .oauth2(employee)
                .get("/api/v1/people/" + other.employee().id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(employee)
                .get("/api/v1/people/" + other.manager().id + "/reports")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(update(other.employee(), Map.of()))
                .put("/api/v1/people/" + other.employee().id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin)
                .post("/api/v1/people/" + other.employee().id + "/deactivate")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(employee)
                .queryParam("managerId", other.manager().id.toString())
                .get("/api/v1/people")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void shouldLetAnAdminInviteAPersonWhoCanThenSignIn() {
        String email = "new-" + org.org().slug + "@test.example";
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        email,
                        "name",
                        "Nora New",
                        "title",
                        "Designer",
                        "teamId",
                        org.team().id.toString(),
                        "managerId",
                        org.manager().id.toString()))
                .post("/api/v1/people")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/people/"))
                .body("name", equalTo("Nora New"))
                .body("manager.name", equalTo("Mia Manager"))
                .body("roles", equalTo(List.of("EMPLOYEE")))
                .body("invitationPending", equalTo(true))
                .body(not(containsString("$2a$")));
    }

    @Test
    void shouldForbidEmployeesFromAdministeringPeople() {
        given().auth()
                .oauth2(employee)
                .contentType(ContentType.JSON)
                .body(Map.of("email", "x@test.example", "name", "X"))
                .post("/api/v1/people")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(employee)
                .contentType(ContentType.JSON)
                .body(update(org.peer(), Map.of()))
                .put("/api/v1/people/" + org.peer().id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(employee)
                .post("/api/v1/people/" + org.peer().id + "/deactivate")
                .then()
                .statusCode(403);
        given().get("/api/v1/people").then().statusCode(401);
        given().get("/api/v1/people/" + org.peer().id).then().statusCode(401);
    }

    @Test
    void shouldNameEachInvalidFieldOfAnInvitation() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "name", " "))
                .post("/api/v1/people")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("email", "name"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        "ok-" + org.org().slug + "@test.example",
                        "name",
                        "Ok",
                        "managerId",
                        java.util.UUID.randomUUID().toString()))
                .post("/api/v1/people")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("managerId"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("email", org.peer().email.toUpperCase(), "name", "Dup"))
                .post("/api/v1/people")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("email"));
        given().auth().oauth2(admin).get("/api/v1/people").then().body("total", equalTo(5));
    }

    @Test
    void shouldChangeAManagerButRejectAReportingCycle() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(update(org.peer(), Map.of("managerId", org.skipLevel().id.toString())))
                .put("/api/v1/people/" + org.peer().id)
                .then()
                .statusCode(200)
                .body("manager.name", equalTo("Sid Skip"))
                .body("version", equalTo(1));

        // Sid manages Mia who manages Eli: Sid may not report to Eli.
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(update(
                        org.skipLevel(), Map.of("managerId", org.employee().id.toString())))
                .put("/api/v1/people/" + org.skipLevel().id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("managerId"))
                .body("errors[0].message", containsString("cycle"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(update(
                        org.skipLevel(), Map.of("managerId", org.skipLevel().id.toString())))
                .put("/api/v1/people/" + org.skipLevel().id)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(admin)
                .get("/api/v1/people/" + org.skipLevel().id)
                .then()
                .body("manager", nullValue());
    }

    @Test
    void shouldRejectAStaleVersionWith409() {
        Map<String, Object> body = update(org.peer(), Map.of("title", "First"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/people/" + org.peer().id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(update(org.peer(), Map.of("title", "Second")))
                .put("/api/v1/people/" + org.peer().id)
                .then()
                .statusCode(409)
                .body("detail", containsString("Reload"));
        given().auth()
                .oauth2(admin)
                .get("/api/v1/people/" + org.peer().id)
                .then()
                .body("title", equalTo("First"));
    }

    @Test
    void shouldKeepAtLeastOneActiveAdmin() {
        given().auth()
                .oauth2(admin)
                .post("/api/v1/people/" + org.admin().id + "/deactivate")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(update(org.admin(), Map.of("roles", List.of("EMPLOYEE"))))
                .put("/api/v1/people/" + org.admin().id)
                .then()
                .statusCode(409)
                .body("detail", containsString("admin"));
    }

    @Test
    void shouldDeactivateAndReactivateAndHideInactivePeopleByDefault() {
        given().auth()
                .oauth2(admin)
                .post("/api/v1/people/" + org.peer().id + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        given().auth().oauth2(admin).get("/api/v1/people").then().body("total", equalTo(4));
        given().auth()
                .oauth2(admin)
                .queryParam("includeInactive", true)
                .get("/api/v1/people")
                .then()
                .body("total", equalTo(5));
        given().auth()
                .oauth2(admin)
                .get("/api/v1/people/" + org.manager().id)
                .then()
                .body("reportCount", equalTo(1));
        given().auth()
                .oauth2(admin)
                .post("/api/v1/people/" + org.peer().id + "/reactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void shouldDrawTheOrgChartOfActivePeople() {
        given().auth()
                .oauth2(employee)
                .get("/api/v1/org-chart")
                .then()
                .statusCode(200)
                .body("nodes", hasSize(5))
                .body(
                        "nodes.find { it.name == 'Eli Employee' }.managerId",
                        equalTo(org.manager().id.toString()))
                .body("nodes.find { it.name == 'Sid Skip' }.managerId", nullValue());
    }

    @Test
    void shouldNeverReturnAPasswordHash() {
        String token = admin;
        for (String path : List.of(
                "/api/v1/people",
                "/api/v1/people/" + org.employee().id,
                "/api/v1/people/" + org.manager().id + "/reports",
                "/api/v1/org-chart",
                "/api/v1/me")) {
            given().auth()
                    .oauth2(token)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body(not(containsString("$2a$")))
                    .body(not(containsString("passwordHash")));
        }
        given().auth()
                .oauth2(token)
                .get("/api/v1/people/" + org.employee().id)
                .then()
                .body("passwordHash", nullValue())
                .body("password", nullValue())
                .contentType(containsString("json"));
    }

    private static Map<String, Object> update(Person person, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", person.email);
        body.put("name", person.name);
        body.put("title", person.title);
        body.put("teamId", person.teamId == null ? null : person.teamId.toString());
        body.put("managerId", person.managerId == null ? null : person.managerId.toString());
        body.put("roles", person.roles.stream().map(Enum::name).toList());
        body.put("version", 0);
        body.putAll(changes);
        return body;
    }
}
