package app.cairn.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void shouldCreateAnOrganizationWhoseAdminCanSignIn() {
        String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "founder@" + slug + ".example";
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organizationName", "Acme",
                        "slug", slug,
                        "adminName", "Fay Founder",
                        "adminEmail", email,
                        "adminPassword", "founder-pass-1"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .body("organization.slug", equalTo(slug))
                .body("admin.roles", hasItem("ADMIN"))
                .body(not(containsString("founder-pass-1")));

        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "founder-pass-1"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        given().auth().oauth2(token).get("/api/v1/people").then().body("total", equalTo(1));

        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organizationName", "Acme again",
                        "slug", slug,
                        "adminName", "Copy Cat",
                        "adminEmail", "cat@" + slug + ".example",
                        "adminPassword", "founder-pass-1"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("slug"));
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
}
