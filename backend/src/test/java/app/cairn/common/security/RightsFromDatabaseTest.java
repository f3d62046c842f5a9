package app.cairn.common.security;

import static app.cairn.support.Api.as;
import static app.cairn.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
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
        Map<String, String> ids = new HashMap<>();
        ids.put("team", createTeam(deputyToken, "Before demotion"));
        ids.put("period", createPeriod(deputyToken, "Before demotion"));
        Map<String, Object> template = ReviewApi.createTemplate(deputyToken);
        ids.put("template", (String) template.get("id"));
        ids.put(
                "cycle",
                created(
                        deputyToken,
                        "/review-cycles",
                        ReviewApi.cycleBody(
                                "APPRAISAL",
                                template.get("id"),
                                org.period().id,
                                List.of(org.employee().id),
                                Instant.now())));
        ids.put("value", created(deputyToken, "/company-values", Map.of("name", "Candour " + UUID.randomUUID())));
        ids.put("prompt", created(deputyToken, "/feedback-prompt-templates", Map.of("name", "Ask", "prompt", "How?")));
        ids.put(
                "agenda",
                created(
                        deputyToken,
                        "/agenda-templates",
                        Map.of("name", "Standard", "items", List.of("News"), "scope", "ORGANIZATION")));

        setRoles(deputy, List.of("EMPLOYEE"));

        List<String> allowed = new ArrayList<>();
        for (Operation op : adminOperations(ids)) {
            Response response = op.send(deputyToken);
            if (response.statusCode() != 403) {
                allowed.add(op + " → " + response.statusCode());
            }
        }
        assertEquals(List.of(), allowed, "a demoted admin's old token still works for these");
        // Someone else's report's 1:1 interval: an employee outside the reporting line gets 404.
        as(deputyToken)
                .body(Map.of("intervalDays", 14))
                .put("/api/v1/one-to-ones/intervals/" + org.employee().id)
                .then()
                .statusCode(404);
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

    private static String created(String token, String path, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post("/api/v1" + path)
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
        if (version != null) {
            body.put("version", version); // an update; a new period has no version
        }
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

    /**
     * Every operation only admins may do (or, for lists of cycles and templates, admins and
     * managers: the deputy manages nobody), each with a body that passes validation. The ids are
     * things the deputy made while still an admin.
     */
    private List<Operation> adminOperations(Map<String, String> ids) {
        String team = ids.get("team");
        String period = ids.get("period");
        String template = ids.get("template");
        String cycle = ids.get("cycle");
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
                        "PUT", "/session-settings", Map.of("defaultIntervalDays", 7, "lockAfterDays", 1, "version", 0)),
                new Operation("PUT", "/organization", Map.of("name", "Taken over", "timeZone", "UTC", "version", 0)),
                new Operation("GET", "/review-templates", null),
                new Operation("GET", "/review-templates/" + template, null),
                new Operation("POST", "/review-templates", ReviewApi.templateBody("Sneaky " + random)),
                new Operation(
                        "PUT", "/review-templates/" + template, with(ReviewApi.templateBody("Renamed"), "version", 0)),
                new Operation("POST", "/review-templates/" + template + "/copy", null),
                new Operation("DELETE", "/review-templates/" + template, null),
                new Operation("GET", "/review-cycles", null),
                new Operation("GET", "/review-cycles/" + cycle, null),
                new Operation("GET", "/review-cycles/" + cycle + "/calibration", null),
                new Operation(
                        "POST",
                        "/review-cycles",
                        ReviewApi.cycleBody(
                                "APPRAISAL", template, org.period().id, List.of(org.employee().id), Instant.now())),
                new Operation(
                        "PUT",
                        "/review-cycles/" + cycle,
                        with(
                                ReviewApi.cycleBody(
                                        "APPRAISAL", template, org.period().id, List.of(org.peer().id), Instant.now()),
                                "version",
                                0)),
                new Operation("POST", "/review-cycles/" + cycle + "/launch", Map.of("version", 0)),
                new Operation("DELETE", "/review-cycles/" + cycle, null),
                new Operation("POST", "/company-values", Map.of("name", "Sneaky " + random)),
                new Operation("PUT", "/company-values/" + ids.get("value"), Map.of("name", "Renamed", "version", 0)),
                new Operation("DELETE", "/company-values/" + ids.get("value"), null),
                new Operation("POST", "/feedback-prompt-templates", Map.of("name", "Sneaky", "prompt", "Why?")),
                new Operation(
                        "PUT",
                        "/feedback-prompt-templates/" + ids.get("prompt"),
                        Map.of("name", "Renamed", "prompt", "Why?", "version", 0)),
                new Operation("DELETE", "/feedback-prompt-templates/" + ids.get("prompt"), null),
                new Operation(
                        "PUT",
                        "/feedback-settings",
                        Map.of("allowPrivate", true, "allowManagers", true, "publicPraise", false, "version", 0)),
                new Operation("GET", "/feedback?scope=all", null),
                new Operation(
                        "POST",
                        "/agenda-templates",
                        Map.of("name", "Sneaky", "items", List.of("One"), "scope", "ORGANIZATION")),
                new Operation(
                        "PUT",
                        "/agenda-templates/" + ids.get("agenda"),
                        Map.of("name", "Renamed", "items", List.of("One"), "scope", "ORGANIZATION", "version", 0)),
                new Operation("DELETE", "/agenda-templates/" + ids.get("agenda"), null));
    }
}
