package app.cairn.integrations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
    }

    private Map<String, Object> personBody(List<String> roles, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", org.employee().email);
        body.put("name", org.employee().name);
        body.put("title", "Tester");
        body.put("teamId", org.team().id.toString());
        body.put("managerId", org.manager().id.toString());
        body.put("roles", roles);
        body.put("version", version);
        return body;
    }

    @Test
    void shouldRecordWhoChangedWhichFieldsFromWhere() {
        Api.as(admin)
                .header("X-Forwarded-For", "198.51.100.4")
                .header("X-Request-Id", "req-123")
                .body(personBody(List.of("ADMIN", "EMPLOYEE"), 0))
                .put("/api/v1/people/" + org.employee().id)
                .then()
                .statusCode(200);
        Api.as(admin)
                .get("/api/v1/audit-events?resourceId=" + org.employee().id)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("person.updated"))
                .body("items[0].actor.id", equalTo(org.admin().id.toString()))
                .body("items[0].actorKind", equalTo("PERSON"))
                .body("items[0].changes.roles.before", equalTo("EMPLOYEE"))
                .body("items[0].changes.roles.after", equalTo("ADMIN,EMPLOYEE"))
                .body("items[0].changes", not(hasKey("name")))
                .body("items[0].clientAddress", equalTo("198.51.100.4"))
                .body("items[0].requestId", equalTo("req-123"));
    }

    @Test
    void shouldLeaveNoEventForARefusedChange() {
        Api.as(admin)
                .body(personBody(List.of("ADMIN", "EMPLOYEE"), 7))
                .put("/api/v1/people/" + org.employee().id)
                .then()
                .statusCode(409);
        Api.as(admin).get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRecordEveryWriteOfATokenWithItsKind() {
        String secret = ApiTokenTest.secret(fixtures.token(org.employee()), "objectives:write");
        String objective = given().auth()
                .oauth2(secret)
                .contentType("application/json")
                .body(Api.objective("Ship it", "INDIVIDUAL", org.period().id))
                .post("/api/v1/objectives")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(admin)
                .get("/api/v1/audit-events?resourceId=" + objective)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("createObjective"))
                .body("items[0].actorKind", equalTo("API_TOKEN"))
                .body("items[0].actor.id", equalTo(org.employee().id.toString()))
                .body("items[0].tokenId", not(equalTo(null)));
        Api.as(admin)
                .get("/api/v1/audit-events?action=api_token.")
                .then()
                .body("items.action", hasItem("api_token.created"))
                .body("items[0].changes", not(hasKey("secretHash")));
    }

    @Test
    void shouldBeForAdminsWithSaneFilters() {
        Api.as(fixtures.token(org.employee()))
                .get("/api/v1/audit-events")
                .then()
                .statusCode(403);
        Api.as(admin)
                .get("/api/v1/audit-events?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Api.as(admin).get("/api/v1/audit-events?from=yesterday").then().statusCode(400);
    }
}
