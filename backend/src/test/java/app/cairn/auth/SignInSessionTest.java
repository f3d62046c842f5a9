package app.cairn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions: short access tokens, a rotating refresh cookie with reuse detection, real sign-out. */
@QuarkusTest
class SignInSessionTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
    }

    @Test
    void shouldAnswerAShortLivedTokenInTheBodyAndTheRefreshTokenInAStrictHttpOnlyCookie() {
        Response login = login(org.employee().email);
        login.then().statusCode(200).header("Cache-Control", "no-store");
        Instant expiresAt = Instant.parse(login.path("expiresAt"));
        assertTrue(expiresAt.isBefore(Instant.now().plus(Duration.ofMinutes(15).plusSeconds(5))));

        String setCookie = login.header("Set-Cookie");
        assertNotNull(setCookie);
        for (String attribute : new String[] {"HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/auth"}) {
            assertTrue(setCookie.contains(attribute), "the refresh cookie lacks " + attribute + ": " + setCookie);
        }
        assertTrue(!login.asString().contains(login.cookie(AuthCookies.NAME)), "the refresh token is not in the body");
    }

    @Test
    void shouldRotateTheRefreshTokenAndRevokeTheSessionWhenAUsedOneComesBack() {
        Response login = login(org.employee().email);
        String first = login.cookie(AuthCookies.NAME);
        String access = login.path("accessToken");

        Response refreshed = refresh(first);
        refreshed
                .then()
                .statusCode(200)
                .body("person.id", equalTo(org.employee().id.toString()));
        String second = refreshed.cookie(AuthCookies.NAME);
        assertNotEquals(first, second);
        assertNotEquals(access, refreshed.path("accessToken"));
        given().auth()
                .oauth2((String) refreshed.path("accessToken"))
                .get("/api/v1/me")
                .then()
                .statusCode(200);

        // The first token was copied by someone: its second use ends the whole session.
        refresh(first).then().statusCode(401).contentType("application/problem+json");
        refresh(second).then().statusCode(401);
        given().auth()
                .oauth2((String) refreshed.path("accessToken"))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        given().auth().oauth2(access).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldEndTheSessionOnSignOutWithTheCookie() {
        Response login = login(org.manager().email);
        String access = login.path("accessToken");
        String cookie = login.cookie(AuthCookies.NAME);

        Response logout = given().cookie(AuthCookies.NAME, cookie).post("/api/v1/auth/logout");
        logout.then().statusCode(204);
        assertTrue(logout.header("Set-Cookie").contains("Max-Age=0"), "the cookie is cleared");

        given().auth().oauth2(access).get("/api/v1/me").then().statusCode(401);
        refresh(cookie).then().statusCode(401);
        // Other sessions of the same person go on.
        String other = login(org.manager().email).path("accessToken");
        given().auth().oauth2(other).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldEndTheSessionOnSignOutWithTheBearerTokenForApiClients() {
        String access = login(org.peer().email).path("accessToken");
        given().auth().oauth2(access).post("/api/v1/auth/logout").then().statusCode(204);
        given().auth().oauth2(access).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseRefreshWithoutOrWithAnUnknownCookie() {
        given().post("/api/v1/auth/refresh").then().statusCode(401).contentType("application/problem+json");
        refresh("made-up-token").then().statusCode(401).body("detail", containsString("sign in"));
    }

    @Test
    void shouldStopRefreshingADeactivatedPerson() {
        var leaver = fixtures.addPerson(org.org().id, "leaver-" + org.org().slug + "@test.example", "Lee", null, false);
        String cookie = login(leaver.email).cookie(AuthCookies.NAME);
        given().auth()
                .oauth2(fixtures.token(org.admin()))
                .post("/api/v1/people/" + leaver.id + "/deactivate")
                .then()
                .statusCode(200);
        refresh(cookie).then().statusCode(401);
    }

    private static Response login(String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Fixtures.PASSWORD))
                .post("/api/v1/auth/login");
    }

    static Response refresh(String cookie) {
        return given().cookie(AuthCookies.NAME, cookie).post("/api/v1/auth/refresh");
    }
}
