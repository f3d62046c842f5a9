package app.cairn.integrations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
class ServiceAccountTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
    }

    private String createAccount(List<String> scopes) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "BI export");
        body.put("scopes", scopes);
        return Api.as(admin)
                .body(body)
                .post("/api/v1/service-accounts")
                .then()
                .statusCode(201)
                .body("active", equalTo(true))
                .body("admin", equalTo(false))
                .extract()
                .path("id");
    }

    private io.restassured.response.ValidatableResponse createToken(String account, List<String> scopes) {
        return Api.as(admin)
                .body(Map.of("name", "nightly", "scopes", scopes))
                .post("/api/v1/service-accounts/" + account + "/tokens")
                .then();
    }

    @Test
    void shouldReadTheCascadeWithAReadScopedTokenAndBeRefusedAWrite() {
        String account = createAccount(List.of("objectives:read", "cascade:read"));
        String secret = createToken(account, List.of("objectives:read", "cascade:read"))
                .statusCode(201)
                .extract()
                .path("secret");
        given().auth()
                .oauth2(secret)
                .get("/api/v1/cascade?periodId=" + org.period().id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(secret)
                .contentType("application/json")
                .body(Api.objective("Nope", "INDIVIDUAL", org.period().id))
                .post("/api/v1/objectives")
                .then()
                .statusCode(403)
                .body("detail", containsString("objectives:write"));
        Api.as(admin)
                .get("/api/v1/service-accounts/" + account + "/tokens")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].lastUsedAt", not(equalTo(null)));
    }

    @Test
    void shouldKeepTokensWithinTheAccountsScopes() {
        String account = createAccount(List.of("objectives:read"));
        createToken(account, List.of("objectives:write")).statusCode(400).body("errors[0].field", equalTo("scopes"));
        String secret = createToken(account, List.of("objectives:read"))
                .statusCode(201)
                .extract()
                .path("secret");
        given().auth().oauth2(secret).get("/api/v1/objectives").then().statusCode(200);
        Map<String, Object> narrowed = Map.of("name", "BI export", "scopes", List.of("people:read"), "version", 0);
        Api.as(admin)
                .body(narrowed)
                .put("/api/v1/service-accounts/" + account)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(secret)
                .get("/api/v1/objectives")
                .then()
                .statusCode(403)
                .body("detail", containsString("objectives:read"));
    }

    @Test
    void shouldStayOutOfTheDirectoryAndStopWorkingWhenDeactivated() {
        String account = createAccount(List.of("people:read"));
        String secret = createToken(account, List.of("people:read"))
                .statusCode(201)
                .extract()
                .path("secret");
        given().auth()
                .oauth2(secret)
                .get("/api/v1/people?size=200")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("items.name", not(hasItem("BI export")));
        Api.as(admin).delete("/api/v1/service-accounts/" + account).then().statusCode(204);
        given().auth().oauth2(secret).get("/api/v1/people").then().statusCode(401);
        Api.as(admin)
                .get("/api/v1/service-accounts/" + account)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        createToken(account, List.of("people:read")).statusCode(409);
    }

    @Test
    void shouldBeForAdminsOfTheOrganizationOnly() {
        String account = createAccount(List.of("people:read"));
        Api.as(fixtures.token(org.employee()))
                .get("/api/v1/service-accounts")
                .then()
                .statusCode(403);
        TestOrg other = fixtures.org();
        Api.as(fixtures.token(other.admin()))
                .get("/api/v1/service-accounts/" + account)
                .then()
                .statusCode(404);
        Api.as(admin)
                .body(Map.of("name", "x", "scopes", List.of("nothing:read")))
                .post("/api/v1/service-accounts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scopes[0]"));
    }
}
