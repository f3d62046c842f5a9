package app.cairn.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo reviews: a closed, calibrated appraisal and an active 360 with one summary shown, one withheld. */
@QuarkusTest
class DemoReviewsTest {

    @Inject
    java.time.Clock clock;

    @Inject
    DemoDataSeeder seeder;

    @Test
    void shouldShowErinsPeerSummaryToHerAndMorganAndWithholdFelixs() {
        seeder.seed();
        String erin = login("erin.employee@example.com");
        String morgan = login("morgan.manager@example.com");
        List<Map<String, Object>> mine = given().auth()
                .oauth2(erin)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .body("items.state", hasItem("ACKNOWLEDGED"))
                .body("items.state", hasItem("MANAGER_REVIEW"))
                .extract()
                .path("items");
        String threeSixty = mine.stream()
                .filter(i -> "THREE_SIXTY".equals(i.get("kind")))
                .map(i -> (String) i.get("id"))
                .findFirst()
                .orElseThrow();
        // Morgan reads it, and so does Erin: this demo cycle releases it after the peer deadline.
        given().auth()
                .oauth2(morgan)
                .get("/api/v1/reviews/" + threeSixty + "/summary")
                .then()
                .body("groups[0].released", equalTo(true))
                .body("groups[0].responses", equalTo(3))
                .body("groups[0].comments[0].comments", hasSize(3));
        given().auth()
                .oauth2(erin)
                .get("/api/v1/reviews/" + threeSixty + "/summary")
                .then()
                .body("groups[0].released", equalTo(true))
                .body("groups[0].responses", equalTo(3));

        List<Map<String, Object>> toWrite = given().auth()
                .oauth2(morgan)
                .queryParam("scope", "to-write")
                .queryParam("size", 50)
                .get("/api/v1/reviews")
                .then()
                .extract()
                .path("items");
        String felix = toWrite.stream()
                .filter(i -> "THREE_SIXTY".equals(i.get("kind"))
                        && "Felix Wagner".equals(((Map<?, ?>) i.get("reviewee")).get("name")))
                .map(i -> (String) i.get("id"))
                .findFirst()
                .orElseThrow();
        given().auth()
                .oauth2(morgan)
                .get("/api/v1/reviews/" + felix + "/summary")
                .then()
                .body("groups[0].released", equalTo(false))
                .body("groups[0].ratings", hasSize(0));

        String alex = login("alex.admin@example.com");
        java.time.LocalDate quarter = DemoOrganization.quarterStart(java.time.LocalDate.now(clock));
        String previousQuarter = quarterName(quarter.minusMonths(3));
        String earlierQuarter = quarterName(quarter.minusMonths(6));
        String closed = given().auth()
                .oauth2(alex)
                .queryParam("state", "CLOSED")
                .get("/api/v1/review-cycles")
                .then()
                .body("items", hasSize(2))
                .body("items.name", equalTo(List.of(previousQuarter + " appraisal", earlierQuarter + " appraisal")))
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(alex)
                .get("/api/v1/review-cycles/" + closed + "/calibration")
                .then()
                .body("reviews", hasSize(5))
                .body("reviews.findAll { it.adjusted }", hasSize(2))
                .body("byManager[0].average", notNullValue());
        String earlier = given().auth()
                .oauth2(alex)
                .queryParam("state", "CLOSED")
                .get("/api/v1/review-cycles")
                .then()
                .extract()
                .path("items[1].id");
        // two quarters ago: Morgan's and Priya's teams, two ratings moved in calibration
        given().auth()
                .oauth2(alex)
                .get("/api/v1/review-cycles/" + earlier + "/calibration")
                .then()
                .body("reviews", hasSize(9))
                .body("reviews.findAll { it.adjusted }", hasSize(2))
                .body("byManager", hasSize(2));
    }

    private static String quarterName(java.time.LocalDate start) {
        return start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
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
