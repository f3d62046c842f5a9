package app.cairn.auth;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.Mails;
import app.cairn.support.TestClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Change password, forgotten password, and invitations that mail a set-password link. */
@QuarkusTest
class PasswordLifecycleTest {

    static final String NEW_PASSWORD = PasswordRulesTest.STRONG;

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    TestClock clock;

    TestOrg org;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldChangeThePasswordAndEndEveryOtherSessionOfThePerson() {
        Response here = login(org.employee().email, Fixtures.PASSWORD);
        Response elsewhere = login(org.employee().email, Fixtures.PASSWORD);
        String hereToken = here.path("accessToken");
        String elsewhereToken = elsewhere.path("accessToken");
        String managerToken = login(org.manager().email, Fixtures.PASSWORD).path("accessToken");

        as(hereToken)
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD))
                .post("/api/v1/auth/password")
                .then()
                .statusCode(204);

        as(hereToken).get("/api/v1/me").then().statusCode(200);
        as(elsewhereToken).get("/api/v1/me").then().statusCode(401);
        SignInSessionTest.refresh(elsewhere.cookie(AuthCookies.NAME)).then().statusCode(401);
        SignInSessionTest.refresh(here.cookie(AuthCookies.NAME)).then().statusCode(200);
        as(managerToken).get("/api/v1/me").then().statusCode(200);

        login(org.employee().email, Fixtures.PASSWORD).then().statusCode(401);
        login(org.employee().email, NEW_PASSWORD).then().statusCode(200);
        assertTrue(mails.last(org.employee().email).getSubject().contains("password was changed"));
    }

    @Test
    void shouldRefuseAWrongCurrentPasswordOrAWeakNewOneNamingTheField() {
        String token = fixtures.token(org.peer());
        as(token)
                .body(Map.of("currentPassword", "not-it", "newPassword", NEW_PASSWORD))
                .post("/api/v1/auth/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        as(token)
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "password1234"))
                .post("/api/v1/auth/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"))
                .body("errors[0].message", containsString("too easy to guess"));
        as(token)
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", org.peer().email + "x"))
                .post("/api/v1/auth/password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        given().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD))
                .post("/api/v1/auth/password")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldTellEveryCharacterOfAnEightyCharacterPasswordApart() {
        String first72 = "k".repeat(41) + "Q7#vL9!mZ2@xR4$tW8%bN6^cJ3&hP5*";
        String password = first72 + "ending-1";
        as(fixtures.token(org.skipLevel()))
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", password))
                .post("/api/v1/auth/password")
                .then()
                .statusCode(204);

        login(org.skipLevel().email, first72 + "ending-2").then().statusCode(401);
        login(org.skipLevel().email, password).then().statusCode(200);
    }

    @Test
    void shouldResetAForgottenPasswordThroughASingleUseLinkThatEndsEverySession() {
        String before = login(org.manager().email, Fixtures.PASSWORD).path("accessToken");
        requestReset(org.manager().email).then().statusCode(202);
        String token = mails.lastLinkToken(org.manager().email, "/reset-password");
        assertTokenStoredHashed(token);

        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/auth/links/inspect")
                .then()
                .statusCode(200)
                .body("purpose", equalTo("RESET_PASSWORD"))
                .body("email", equalTo(org.manager().email))
                .body("organizationName", equalTo(org.org().name));
        setPassword(token, "password1234").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        setPassword(token, NEW_PASSWORD).then().statusCode(204);

        as(before).get("/api/v1/me").then().statusCode(401);
        login(org.manager().email, NEW_PASSWORD).then().statusCode(200);
        setPassword(token, NEW_PASSWORD + "!")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("token"))
                .body("errors[0].message", containsString("not valid any more"));
    }

    @Test
    void shouldExpireAResetLinkAfterThirtyMinutes() {
        requestReset(org.peer().email).then().statusCode(202);
        String token = mails.lastLinkToken(org.peer().email, "/reset-password");
        clock.advance(Duration.ofMinutes(31));
        setPassword(token, NEW_PASSWORD).then().statusCode(400).body("errors[0].field", equalTo("token"));
        login(org.peer().email, Fixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldAnswerAResetRequestForAnUnknownEmailTheSameWayWithoutMail() {
        String nobody = "nobody-" + org.org().slug + "@test.example";
        requestReset(nobody).then().statusCode(202);
        assertEquals(0, mails.to(nobody).size());
    }

    @Test
    void shouldInviteByMailingASetPasswordLinkInsteadOfAnInitialPassword() {
        String admin = fixtures.token(org.admin());
        String email = "newcomer-" + org.org().slug + "@test.example";
        String id = as(admin)
                .body(Map.of("email", email, "name", "Nia Newcomer"))
                .post("/api/v1/people")
                .then()
                .statusCode(201)
                .body("invitationPending", equalTo(true))
                .extract()
                .path("id");
        String first = mails.lastLinkToken(email, "/accept-invite");
        assertTrue(mails.last(email).getText().contains("Ada Admin invited you to " + org.org().name));
        login(email, "anything-at-all-123").then().statusCode(401);

        as(admin).post("/api/v1/people/" + id + "/invitation").then().statusCode(204);
        String second = mails.lastLinkToken(email, "/accept-invite");
        setPassword(first, NEW_PASSWORD).then().statusCode(400).body("errors[0].field", equalTo("token"));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", second))
                .post("/api/v1/auth/links/inspect")
                .then()
                .statusCode(200)
                .body("purpose", equalTo("INVITE"))
                .body("name", equalTo("Nia Newcomer"));
        setPassword(second, NEW_PASSWORD).then().statusCode(204);

        login(email, NEW_PASSWORD).then().statusCode(200).body("person.email", equalTo(email));
        as(admin).get("/api/v1/people/" + id).then().body("invitationPending", equalTo(false));
        as(admin).post("/api/v1/people/" + id + "/invitation").then().statusCode(409);
    }

    @Test
    void shouldNameTheFieldsOfBadPasswordRequests() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/auth/set-password")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("token", "newPassword"));
        setPassword("made-up", NEW_PASSWORD).then().statusCode(400).body("errors[0].field", equalTo("token"));
    }

    private void assertTokenStoredHashed(String token) {
        long raw = QuarkusTransaction.requiringNew().call(() -> (Long) Panache.getEntityManager()
                .createQuery("select count(t) from AccountToken t where t.tokenHash = :raw")
                .setParameter("raw", token)
                .getSingleResult());
        long hashed = QuarkusTransaction.requiringNew().call(() -> (Long) Panache.getEntityManager()
                .createQuery("select count(t) from AccountToken t where t.tokenHash = :hash")
                .setParameter("hash", app.cairn.common.security.SecretTokens.hash(token))
                .getSingleResult());
        assertEquals(0, raw);
        assertEquals(1, hashed);
    }

    static Response login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .header(
                        "X-Forwarded-For",
                        "192.0.2." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250)))
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    private static Response requestReset(String email) {
        return given().contentType(ContentType.JSON)
                .header(
                        "X-Forwarded-For",
                        "192.0.2." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250)))
                .body(Map.of("email", email))
                .post("/api/v1/auth/password-reset");
    }

    static Response setPassword(String token, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", token, "newPassword", password))
                .post("/api/v1/auth/set-password");
    }
}
