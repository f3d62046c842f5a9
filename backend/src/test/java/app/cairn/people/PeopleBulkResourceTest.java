package app.cairn.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleBulkResourceTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
    }

    private ValidatableResponse bulk(String token, String action, List<UUID> ids, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("action", action);
        body.put("personIds", ids.stream().map(UUID::toString).toList());
        return Api.as(token).body(body).post("/api/v1/people/bulk").then();
    }

    private ValidatableResponse get(Person person) {
        return Api.as(admin).get("/api/v1/people/" + person.id).then();
    }

    @Test
    void shouldMoveSeveralPeopleToAnotherTeamAndAuditEach() {
        String teamId = Api.as(admin)
                .body(Map.of("name", "Platform " + UUID.randomUUID()))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        bulk(admin, "SET_TEAM", List.of(org.employee().id, org.peer().id), Map.of("teamId", teamId))
                .statusCode(200)
                .body("changed", equalTo(2))
                .body("unchanged", equalTo(0))
                .body("people", hasSize(2))
                .body("people.team.id", everyItem(equalTo(teamId)));
        Api.as(admin)
                .get("/api/v1/audit-events?resourceId=" + org.peer().id)
                .then()
                .body("items[0].action", equalTo("person.updated"))
                .body("items[0].changes.teamId.after", equalTo(teamId));
        bulk(admin, "SET_TEAM", List.of(org.employee().id), Map.of("teamId", teamId))
                .statusCode(200)
                .body("changed", equalTo(0))
                .body("unchanged", equalTo(1));
    }

    @Test
    void shouldChangeManagerButRefuseACycleAndChangeNobodyThen() {
        bulk(admin, "SET_MANAGER", List.of(org.employee().id, org.peer().id), Map.of("managerId", org.skipLevel().id))
                .statusCode(200)
                .body("people.manager.name", everyItem(equalTo("Sid Skip")));
        bulk(admin, "SET_MANAGER", List.of(org.peer().id, org.skipLevel().id), Map.of("managerId", org.employee().id))
                .statusCode(400)
                .body("errors[0].field", equalTo("managerId"))
                .body("errors[0].message", containsString("reporting cycle"));
        get(org.peer()).body("manager.name", equalTo("Sid Skip"));
        get(org.skipLevel()).body("manager", equalTo(null));
    }

    @Test
    void shouldKeepAnActiveAdminAndNeverDeactivateTheCaller() {
        bulk(admin, "SET_ROLE", List.of(org.admin().id, org.employee().id), Map.of("role", "EMPLOYEE"))
                .statusCode(409)
                .body("detail", containsString("at least one active admin"));
        bulk(admin, "DEACTIVATE", List.of(org.admin().id, org.peer().id), Map.of())
                .statusCode(409)
                .body("detail", containsString("yourself"));
        get(org.peer()).body("active", equalTo(true));
        bulk(admin, "DEACTIVATE", List.of(org.employee().id, org.peer().id), Map.of())
                .statusCode(200)
                .body("changed", equalTo(2))
                .body("people.active", everyItem(equalTo(false)));
        bulk(admin, "SET_ROLE", List.of(org.manager().id), Map.of("role", "ADMIN"))
                .statusCode(200)
                .body("people[0].roles", equalTo(List.of("ADMIN", "EMPLOYEE")));
    }

    @Test
    void shouldTreatAnotherOrganizationsPeopleAsNotFoundAndChangeNobody() {
        TestOrg other = fixtures.org();
        bulk(admin, "DEACTIVATE", List.of(org.peer().id, other.employee().id), Map.of())
                .statusCode(404)
                .body("errors[0].field", equalTo("personIds"));
        get(org.peer()).body("active", equalTo(true));
        bulk(admin, "SET_MANAGER", List.of(org.peer().id), Map.of("managerId", other.manager().id))
                .statusCode(400)
                .body("errors[0].field", equalTo("managerId"));
        bulk(admin, "SET_TEAM", List.of(org.peer().id), Map.of("teamId", other.team().id))
                .statusCode(400)
                .body("errors[0].field", equalTo("teamId"));
    }

    @Test
    void shouldRefuseEmployeesAndBadRequests() {
        bulk(fixtures.token(org.employee()), "DEACTIVATE", List.of(org.peer().id), Map.of())
                .statusCode(403);
        bulk(admin, "SET_ROLE", List.of(org.peer().id), Map.of())
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        bulk(admin, "DEACTIVATE", List.of(), Map.of()).statusCode(400).body("errors[0].field", equalTo("personIds"));
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body("{\"personIds\":[\"" + org.peer().id + "\"],\"action\":\"PROMOTE\"}")
                .post("/api/v1/people/bulk")
                .then()
                .statusCode(400);
    }
}
