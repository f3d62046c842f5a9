package app.cairn.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo feedback: Erin's private feedback and praise, Morgan's two requests about her, and her review evidence. */
@QuarkusTest
class DemoFeedbackTest {

    @Inject
    DemoDataSeeder seeder;

    @Test
    void shouldShowErinsFeedbackPraiseAndMorgansRequestsInTheEvidence() {
        seeder.seed();
        String erin = login("erin.employee@example.com");
        String morgan = login("morgan.manager@example.com");

        given().auth()
                .oauth2(erin)
                .get("/api/v1/feedback")
                .then()
                .statusCode(200)
                .body("items.findAll { it.visibility == 'PRIVATE' }.giver.name", hasItem("Hana Suzuki"))
                .body("items.findAll { it.praise }.giver.name", hasItem("Luis Garcia"));
        given().auth()
                .oauth2(morgan)
                .queryParam("personId", personId(erin))
                .get("/api/v1/praise")
                .then()
                .body("items[0].values.name", hasItem("Build together"))
                .body("items[0].reactions.reaction", hasItem("CLAP"));

        List<Map<String, Object>> sent = given().auth()
                .oauth2(morgan)
                .queryParam("scope", "sent")
                .get("/api/v1/feedback-requests")
                .then()
                .body("items.subject.name", containsInAnyOrder("Erin Walsh", "Erin Walsh"))
                .body("items.status", containsInAnyOrder("ANSWERED", "PENDING"))
                .extract()
                .path("items");
        String answer = (String) sent.stream()
                .filter(r -> "ANSWERED".equals(r.get("status")))
                .findFirst()
                .orElseThrow()
                .get("feedbackId");

        String review = given().auth()
                .oauth2(erin)
                .get("/api/v1/reviews")
                .then()
                .extract()
                .path("items.find { it.kind == 'THREE_SIXTY' }.id");
        given().auth()
                .oauth2(morgan)
                .get("/api/v1/reviews/" + review + "/evidence")
                .then()
                .statusCode(200)
                .body("feedback.id", hasItem(answer))
                .body("feedback.findAll { it.praise }.giver.name", hasItem("Luis Garcia"))
                .body("feedback.visibility", not(hasItem("PRIVATE")));
        given().auth()
                .oauth2(erin)
                .get("/api/v1/reviews/" + review + "/evidence")
                .then()
                .body("feedback.visibility", hasItem("PRIVATE"))
                .body("feedback.id", hasItem(answer));
        given().auth()
                .oauth2(login("kai.nakamura@example.com"))
                .queryParam("status", "PENDING")
                .get("/api/v1/feedback-requests")
                .then()
                .body("items[0].requester.name", equalTo("Morgan Lee"));
    }

    private static String personId(String token) {
        return given().auth().oauth2(token).get("/api/v1/me").then().extract().path("id");
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
