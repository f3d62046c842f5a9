package app.cairn.integrations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTokenTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String employee;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        employee = fixtures.token(org.employee());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ValidatableResponse createToken(String as, List<String> scopes, Object expiresAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "script");
        body.put("scopes", scopes);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return Api.as(as).body(body).post("/api/v1/api-tokens").then();
    }

    static String secret(String as, String... scopes) {
        return createToken(as, List.of(scopes), null).statusCode(201).extract().path("secret");
    }

    @Test
    void shouldShowTheSecretOnceAndAcceptItAsABearerToken() {
        String secret = createToken(employee, List.of("objectives:read"), null)
                .statusCode(201)
                .header("Location", containsString("/api/v1/api-tokens/"))
                .body("token.status", equalTo("ACTIVE"))
                .body("token.prefix", startsWith("cairn_"))
                .body("token.scopes", equalTo(List.of("objectives:read")))
                .extract()
                .path("secret");
        given().auth().oauth2(secret).get("/api/v1/objectives").then().statusCode(200);
        given().auth()
                .oauth2(secret)
                .header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/me")
                .then()
                .statusCode(403);
        String listed = Api.as(employee)
                .get("/api/v1/api-tokens")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].lastUsedAt", notNullValue())
                .body("items[0].lastUsedFrom", notNullValue())
                .body("items[0]", not(hasKey("secret")))
                .extract()
                .asString();
        assertFalse(listed.contains(secret.substring(10)), "the secret never shows again");
    }

    @Test
    void shouldRefuseAnOperationOutsideTheScopeNamingTheScope() {
        String secret = secret(employee, "objectives:read");
        given().auth()
                .oauth2(secret)
                .contentType("application/json")
                .body(Api.objective("Ship it", "INDIVIDUAL", org.period().id))
                .post("/api/v1/objectives")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("objectives:write"));
        given().auth()
                .oauth2(secret)
                .get("/api/v1/cascade")
                .then()
                .statusCode(403)
                .body("detail", containsString("cascade:read"));
    }

    @Test
    void shouldLetAWriteScopeReadAndWriteAsThePerson() {
        String secret = secret(employee, "objectives:write");
        String id = given().auth()
                .oauth2(secret)
                .contentType("application/json")
                .body(Api.objective("Ship it", "INDIVIDUAL", org.period().id))
                .post("/api/v1/objectives")
                .then()
                .statusCode(201)
                .body("owner.id", equalTo(org.employee().id.toString()))
                .extract()
                .path("id");
        given().auth().oauth2(secret).get("/api/v1/objectives/" + id).then().statusCode(200);
    }

    @Test
    void shouldNeverWidenThePersonsRights() {
        String secret = secret(employee, "people:write");
        Map<String, Object> person = Map.of("email", "new@test.example", "name", "New Person");
        given().auth()
                .oauth2(secret)
                .contentType("application/json")
                .body(person)
                .post("/api/v1/people")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldKeepSensitiveContentAwayFromEveryToken() {
        String secret = secret(employee, "sessions:write", "reviews:write");
        UUID any = UUID.randomUUID();
        given().auth()
                .oauth2(secret)
                .get("/api/v1/sessions/" + any + "/private-notes")
                .then()
                .statusCode(403)
                .body("detail", containsString("private note"));
        given().auth()
                .oauth2(secret)
                .get("/api/v1/reviews/" + any + "/nominations")
                .then()
                .statusCode(403);
        given().auth().oauth2(secret).get("/api/v1/api-tokens").then().statusCode(403);
    }

    @Test
    void shouldStopWorkingAtOnceWhenRevoked() {
        String created = createToken(employee, List.of("objectives:read"), null)
                .statusCode(201)
                .extract()
                .asString();
        String secret = io.restassured.path.json.JsonPath.from(created).getString("secret");
        String id = io.restassured.path.json.JsonPath.from(created).getString("token.id");
        given().auth().oauth2(secret).get("/api/v1/objectives").then().statusCode(200);
        Api.as(employee).delete("/api/v1/api-tokens/" + id).then().statusCode(204);
        given().auth()
                .oauth2(secret)
                .get("/api/v1/objectives")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        Api.as(employee).get("/api/v1/api-tokens/" + id).then().statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    void shouldExpire() {
        String secret = createToken(
                        employee, List.of("objectives:read"), Instant.now().plus(Duration.ofHours(1)))
                .statusCode(201)
                .extract()
                .path("secret");
        given().auth().oauth2(secret).get("/api/v1/objectives").then().statusCode(200);
        clock.advance(Duration.ofHours(2));
        given().auth().oauth2(secret).get("/api/v1/objectives").then().statusCode(401);
    }

    @Test
    void shouldRefuseBadInputAndSaveNothing() {
        createToken(employee, List.of("objectives:read", "secrets:read"), null)
                .statusCode(400)
                .body("errors[0].field", equalTo("scopes[1]"));
        createToken(employee, List.of("objectives:admin"), null).statusCode(400);
        createToken(employee, List.of(), null).statusCode(400).body("errors[0].field", equalTo("scopes"));
        createToken(employee, List.of("objectives:read"), Instant.now().minusSeconds(60))
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"));
        Api.as(employee).get("/api/v1/api-tokens").then().body("total", equalTo(0));
        given().auth()
                .oauth2("cairn_notatoken")
                .get("/api/v1/objectives")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldNotRevealOrRevokeAnotherPersonsToken() {
        String id = createToken(employee, List.of("objectives:read"), null)
                .statusCode(201)
                .extract()
                .path("token.id");
        String peer = fixtures.token(org.peer());
        Api.as(peer).delete("/api/v1/api-tokens/" + id).then().statusCode(404);
        Api.as(peer).get("/api/v1/api-tokens/" + id).then().statusCode(404);
        TestOrg other = fixtures.org();
        Api.as(fixtures.token(other.admin()))
                .delete("/api/v1/api-tokens/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldDocumentTheScopeOfEveryOperation() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/objectives'.post.x-token-scope", equalTo("objectives:write"))
                .body("paths.'/api/v1/objectives'.get.x-token-scope", equalTo("objectives:read"))
                .body("paths.'/api/v1/objectives'.get.security.apiToken", hasItem(empty()))
                .body("paths.'/api/v1/objectives'.get.description", containsString("`objectives:read`"))
                .body("paths.'/api/v1/sessions/{id}/private-notes'.get.x-token-scope", equalTo("none"))
                .body("components.securitySchemes.apiToken.scheme", equalTo("bearer"));
    }
}
