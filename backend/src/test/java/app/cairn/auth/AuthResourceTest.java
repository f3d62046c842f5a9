package app.cairn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestTokens tokens;

    TestOrg org;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
    }

    @Test
    void shouldSignInAndReturnATokenThatWorksForMe() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", org.employee().email, "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresAt", notNullValue())
                .body("person.email", equalTo(org.employee().email))
                .body("person.organization.slug", equalTo(org.org().slug))
                .body("person.manager.name", equalTo("Mia Manager"))
                .body(not(containsString("$2a$")))
                .body(not(containsString("password")))
                .extract()
                .path("accessToken");

        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(org.employee().id.toString()))
                .body("roles", hasItem("EMPLOYEE"))
                .body("reportCount", equalTo(0));
    }

    @Test
    void shouldAcceptTheEmailInAnyCase() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", org.manager().email.toUpperCase(), "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("person.reportCount", equalTo(2));
    }

    @Test
    void shouldGiveTheSame401ForWrongPasswordAndUnknownEmail() {
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("email", org.peer().email, "password", "wrong-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .path("detail");
        String unknownEmail = given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + org.org().slug + "@test.example", "password", "wrong-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .extract()
                .path("detail");
        assertEquals(wrongPassword, unknownEmail);
    }

    @Test
    void shouldRejectBadTokensWith401() throws Exception {
        for (String bad : new String[] {
            tokens.expired(org.employee()),
            tokens.wrongIssuer(org.employee()),
            tokens.signedByAnotherKey(org.employee()),
            tokens.tampered(org.employee()),
            tokens.algNone(org.employee()),
            "not-a-jwt"
        }) {
            given().auth()
                    .oauth2(bad)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldStopATokenOnceItsPersonIsDeactivated() {
        var person = fixtures.addPerson(
                org.org().id, "leaver-" + org.org().slug + "@test.example", "Lee Leaver", null, false);
        String token = fixtures.token(person);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        given().auth()
                .oauth2(fixtures.token(org.admin()))
                .post("/api/v1/people/" + person.id + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", person.email, "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldAskForTheOrganizationWhenAnEmailIsInSeveral() {
        TestOrg other = fixtures.org();
        String shared = "shared-" + org.org().slug + "@test.example";
        fixtures.addPerson(org.org().id, shared, "Sam Shared", null, false);
        fixtures.addPerson(other.org().id, shared, "Sam Shared", null, false);

        given().contentType(ContentType.JSON)
                .body(Map.of("email", shared, "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organization"))
                .body("errors[0].message", containsString(other.org().slug));

        given().contentType(ContentType.JSON)
                .body(Map.of("email", shared, "password", Fixtures.PASSWORD, "organization", other.org().slug))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("person.organization.slug", equalTo(other.org().slug));
    }

    @Test
    void shouldNameTheMissingFieldsOfALogin() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
    }
}
