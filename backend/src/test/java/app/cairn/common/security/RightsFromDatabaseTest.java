package app.cairn.common.security;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every authorization decision reads the person's current row, never claims frozen in a token. */
@QuarkusTest
class RightsFromDatabaseTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestTokens tokens;

    TestOrg org;
    Person deputy;
    String deputyToken;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        deputy = fixtures.addPerson(
                org.org().id, "deputy-" + org.org().slug + "@test.example", "Dee Deputy", null, true);
        deputyToken = fixtures.token(deputy);
    }

    @Test
    void shouldRefuseEveryAdminOperationToADemotedAdminReplayingTheOldToken() {
        String team = createTeam(deputyToken, "Before demotion");
        String period = createPeriod(deputyToken, "Before demotion");

        setRoles(deputy, List.of("EMPLOYEE"));

        List<String> allowed = new ArrayList<>();
        for (Operation op : adminOperations(team, period)) {
            Response response = op.send(deputyToken);
            if (response.statusCode() != 403) {
                allowed.add(op + " → " + response.statusCode());
            }
        }
        assertEquals(List.of(), allowed, "a demoted admin's old token still works for these");
        as(deputyToken).get("/api/v1/me").then().statusCode(200);
        as(fixtures.token(org.admin()))
                .get("/api/v1/people/" + deputy.id)
                .then()
                .statusCode(200);
        // The attack from the report: making yourself admin again with the old token.
        given().auth()
                .oauth2(fixtures.token(org.admin()))
                .get("/api/v1/people/" + deputy.id)
                .then()
                .body("roles", not(hasItem("ADMIN")));
    }

    @Test
    void shouldGrantAdminRightsTheMomentSomeoneIsPromoted() {
        String employeeToken = fixtures.token(org.employee());
        as(employeeToken)
                .body(Map.of("name", "Too early"))
                .post("/api/v1/teams")
                .then()
                .statusCode(403);

        setRoles(org.employee(), List.of("EMPLOYEE", "ADMIN"));

        createTeam(employeeToken, "Promoted");
        as(employeeToken).get("/api/v1/reviews?scope=all").then().statusCode(200);
    }

    @Test
    void shouldRefuseACorrectlySignedTokenWhoseClaimsAreNotIds() {
        String person = org.employee().id.toString();
        String orgId = org.org().id.toString();
        String session = UUID.randomUUID().toString();
        for (String bad : List.of(
                tokens.signed("not-a-uuid", orgId, session),
                tokens.signed(person, "acme", session),
                tokens.signed(person, orgId, "not-a-session"),
                tokens.signed(person, orgId, null),
                tokens.signed(person, null, session),
                tokens.signed(person, orgId, session))) {
            given().auth().oauth2(bad).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(bad).post("/api/v1/teams").then().statusCode(401);
        }
    }

    private void setRoles(Person person, List<String> roles) {
        String admin = fixtures.token(org.admin());
        int version =
                as(admin).get("/api/v1/people/" + person.id).then().extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("email", person.email);
        body.put("name", person.name);
        body.put("roles", roles);
        body.put("version", version);
        as(admin).body(body).put("/api/v1/people/" + person.id).then().statusCode(200);
    }

    private String createTeam(String token, String name) {
        return as(token)
                .body(Map.of("name", name + " " + UUID.randomUUID()))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String createPeriod(String token, String name) {
        return as(token)
                .body(period(name, null))
                .post("/api/v1/periods")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> period(String name, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("startDate", LocalDate.of(2030, 1, 1).toString());
        body.put("endDate", LocalDate.of(2030, 3, 31).toString());
        body.put("version", version);
        return body;
    }

    private record Operation(String method, String path, Object body) {
        Response send(String token) {
            var request = as(token);
            if (body != null) {
                request.body(body);
            }
            return request.request(method, "/api/v1" + path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation only admins may do, each with a body that passes validation. */
    private List<Operation> adminOperations(String team, String period) {
        String random = UUID.randomUUID().toString();
        Map<String, Object> self = new HashMap<>();
        self.put("email", deputy.email);
        self.put("name", deputy.name);
        self.put("roles", List.of("ADMIN", "EMPLOYEE"));
        self.put("version", 1);
        Map<String, Object> objective = new HashMap<>();
        objective.put("title", "Company goal");
        objective.put("level", "COMPANY");
        objective.put("periodId", period);
        return List.of(
                new Operation("PUT", "/people/" + deputy.id, self),
                new Operation("POST", "/people", Map.of("email", "new-" + random + "@test.example", "name", "New")),
                new Operation("POST", "/people/" + org.admin().id + "/deactivate", null),
                new Operation("POST", "/people/" + org.peer().id + "/reactivate", null),
                new Operation("POST", "/people/" + org.peer().id + "/invitation", null),
                new Operation("POST", "/teams", Map.of("name", "Sneaky " + random)),
                new Operation("PUT", "/teams/" + team, Map.of("name", "Renamed " + random, "version", 0)),
                new Operation("DELETE", "/teams/" + team, null),
                new Operation("POST", "/periods", period("Sneaky", null)),
                new Operation("PUT", "/periods/" + period, period("Renamed", 0)),
                new Operation("DELETE", "/periods/" + period, null),
                new Operation("POST", "/objectives", objective),
                new Operation("DELETE", "/review-templates/" + random, null),
                new Operation("DELETE", "/review-cycles/" + random, null),
                new Operation("POST", "/review-cycles/" + random + "/launch", Map.of("version", 0)),
                new Operation("POST", "/review-cycles/" + random + "/close", Map.of("version", 0)),
                new Operation("GET", "/reviews?scope=all", null),
                new Operation(
                        "PUT",
                        "/session-settings",
                        Map.of("defaultIntervalDays", 7, "lockAfterDays", 1, "version", 0)));
    }
}
