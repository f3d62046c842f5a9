package app.cairn.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataSeederTest {

    @Inject
    DemoDataSeeder seeder;

    @Test
    void shouldSeedNorthwindOnceAndLetTheDemoAccountsSignIn() {
        seeder.seed();
        assertFalse(seeder.seed(), "a second seed must add nothing");

        String alex = login("alex.admin@example.com");
        given().auth()
                .oauth2(alex)
                .get("/api/v1/me")
                .then()
                .body("roles", hasItem("ADMIN"))
                .body("organization.name", equalTo("Northwind Robotics"));
        given().auth()
                .oauth2(alex)
                .queryParam("size", 1)
                .get("/api/v1/people")
                .then()
                .body("total", equalTo(40));
        given().auth().oauth2(alex).get("/api/v1/teams").then().body("total", equalTo(5));
        given().auth()
                .oauth2(alex)
                .get("/api/v1/periods")
                .then()
                .body("total", equalTo(3))
                .body("items[0].current", equalTo(true));

        String morgan = login("morgan.manager@example.com");
        given().auth()
                .oauth2(morgan)
                .get("/api/v1/me")
                .then()
                .body("reportCount", greaterThanOrEqualTo(4))
                .body("manager.name", equalTo("Jordan Blake"));

        String erin = login("erin.employee@example.com");
        given().auth().oauth2(erin).get("/api/v1/me").then().body("manager.name", equalTo("Morgan Lee"));

        // Morgan's fortnightly 1:1s: history, the next ones scheduled, Ruth overdue
        given().auth()
                .oauth2(morgan)
                .queryParam("status", "SCHEDULED")
                .get("/api/v1/sessions")
                .then()
                .body("total", equalTo(5));
        given().auth()
                .oauth2(morgan)
                .get("/api/v1/one-to-ones/overdue")
                .then()
                .body("items.report.name", equalTo(java.util.List.of("Ruth Adeyemi")));
        given().auth()
                .oauth2(erin)
                .queryParam("status", "COMPLETED")
                .get("/api/v1/sessions")
                .then()
                .body("total", equalTo(9)); // the fortnightly series, and monthly 1:1s before it
        given().auth()
                .oauth2(erin)
                .queryParam("done", false)
                .get("/api/v1/action-items")
                .then()
                .body("total", greaterThanOrEqualTo(1));
    }

    private static String login(String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", DemoDataSeeder.DEMO_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }
}
