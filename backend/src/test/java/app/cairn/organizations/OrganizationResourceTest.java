package app.cairn.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.cairn.support.Fixtures;
import app.cairn.support.Mails;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    static final String PASSWORD = "Quiet-Tangerine-Orbit-42-skates";

    @Inject
    Mails mails;

    @Inject
    Fixtures fixtures;

    @Test
    void shouldCreateAnOrganizationWhoseAdminSignsInOnceTheEmailIsConfirmed() {
        String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "founder@" + slug + ".example";
        signUp("Acme", slug, email, PASSWORD)
                .then()
                .statusCode(201)
                .body("organization.slug", equalTo(slug))
                .body("admin.roles", hasItem("ADMIN"))
                .body(not(containsString(PASSWORD)));

        login(email, PASSWORD).then().statusCode(403).body("detail", containsString("Confirm your email"));
        String token = mails.lastLinkToken(email, "/verify-email");

        verify(token).then().statusCode(204);
        String access = login(email, PASSWORD).then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(access).get("/api/v1/people").then().body("total", equalTo(1));
        verify(token).then().statusCode(400).body("errors[0].field", equalTo("token"));

        signUp("Acme again", slug, "cat@" + slug + ".example", PASSWORD)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void shouldKeepAHostileSignUpWithSomeoneElsesEmailFromSigningIn() {
        var victimOrg = fixtures.org();
        String victim = victimOrg.employee().email;
        String slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        signUp("Hostile", slug, victim, PASSWORD).then().statusCode(201);

        login(victim, PASSWORD).then().statusCode(403);
        login(victim, Fixtures.PASSWORD)
                .then()
                .statusCode(200)
                .body("person.organization.slug", equalTo(victimOrg.org().slug));
        // The confirmation mail went to the real owner of the address, who can ignore it.
        mails.lastLinkToken(victim, "/verify-email");
    }

    @Test
    void shouldSendTheConfirmationLinkAgainOnRequest() {
        String slug = "resend-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "founder@" + slug + ".example";
        signUp("Resend", slug, email, PASSWORD).then().statusCode(201);
        String first = mails.lastLinkToken(email, "/verify-email");

        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "203.0.113.77")
                .body(Map.of("email", email))
                .post("/api/v1/auth/verify-email/resend")
                .then()
                .statusCode(202);
        String second = mails.lastLinkToken(email, "/verify-email");

        verify(first).then().statusCode(400);
        verify(second).then().statusCode(204);
        login(email, PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldRefuseAWeakAdminPassword() {
        String slug = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        signUp("Weak", slug, "founder@" + slug + ".example", "password1234")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("adminPassword"))
                .body("errors[0].message", containsString("too easy to guess"));
    }

    @Test
    void shouldNameInvalidSignUpFields() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organizationName", "",
                        "slug", "Not A Slug",
                        "adminName", "A",
                        "adminEmail", "nope",
                        "adminPassword", "short"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(java.util.List.of("adminEmail", "adminPassword", "organizationName", "slug")));
    }

    private static Response signUp(String name, String slug, String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organizationName", name,
                        "slug", slug,
                        "adminName", "Fay Founder",
                        "adminEmail", email,
                        "adminPassword", password))
                .post("/api/v1/organizations");
    }

    private static Response login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    private static Response verify(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/auth/verify-email");
    }
}
