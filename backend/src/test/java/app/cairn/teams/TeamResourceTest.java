package app.cairn.teams;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {

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
    void shouldCreateANestedTeamWithALeadAndListIt() {
        String id = create(
                        "Robotics", org.team().id.toString(), org.manager().id.toString())
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/teams/"))
                .body("parent.name", equalTo(org.team().name))
                .body("lead.name", equalTo("Mia Manager"))
                .body("memberCount", equalTo(0))
                .extract()
                .path("id");
        given().auth()
                .oauth2(employee)
                .get("/api/v1/teams/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Robotics"));
        given().auth()
                .oauth2(employee)
                .get("/api/v1/teams")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.name == '" + org.team().name + "' }.memberCount", equalTo(4));
    }

    @Test
    void shouldRejectAParentThatWouldCloseALoop() {
        String child = create("Child", org.team().id.toString(), null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("name", org.team().name);
        body.put("parentId", child);
        body.put("version", 0);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/teams/" + org.team().id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void shouldRejectDuplicateNamesMissingNamesAndStaleVersions() {
        create(org.team().name.toUpperCase(), null, null)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("name"));
        create("", null, null).then().statusCode(400).body("errors[0].field", equalTo("name"));
        create("x".repeat(121), null, null).then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed", "version", 7))
                .put("/api/v1/teams/" + org.team().id)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed"))
                .put("/api/v1/teams/" + org.team().id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void shouldDeleteALeafTeamAndLeaveItsMembersTeamless() {
        String parent =
                create("Parent", null, null).then().statusCode(201).extract().path("id");
        String leaf =
                create("Leaf", parent, null).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).delete("/api/v1/teams/" + parent).then().statusCode(409);
        given().auth().oauth2(admin).delete("/api/v1/teams/" + leaf).then().statusCode(204);
        given().auth().oauth2(admin).get("/api/v1/teams/" + leaf).then().statusCode(404);

        given().auth()
                .oauth2(admin)
                .delete("/api/v1/teams/" + org.team().id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(admin)
                .get("/api/v1/people/" + org.employee().id)
                .then()
                .body("team", nullValue());
    }

    @Test
    void shouldForbidEmployeesAndHideOtherOrganizations() {
        given().auth()
                .oauth2(employee)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Mine"))
                .post("/api/v1/teams")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(employee)
                .delete("/api/v1/teams/" + org.team().id)
                .then()
                .statusCode(403);
        given().get("/api/v1/teams").then().statusCode(401);

        TestOrg other = fixtures.org();
        given().auth()
                .oauth2(admin)
                .get("/api/v1/teams/" + other.team().id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin)
                .delete("/api/v1/teams/" + other.team().id)
                .then()
                .statusCode(404);
        create("Borrowed", other.team().id.toString(), null)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        create("Borrowed", null, other.admin().id.toString())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("leadId"));
    }

    private io.restassured.response.Response create(String name, String parentId, String leadId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        body.put("leadId", leadId);
        return given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/teams");
    }
}
