package app.cairn.reviews;

import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Someone who calibrates nothing cannot tell a real cycle id from a made-up one. */
@QuarkusTest
class CalibrationAccessTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldGiveAnEmployeeTheSameAnswerForARealAndARandomCycle() {
        TestOrg org = fixtures.org();
        String admin = fixtures.token(org.admin());
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        String cycle = as(admin)
                .body(ReviewApi.cycleBody(
                        "APPRAISAL", template.get("id"), org.period().id, List.of(org.employee().id), Instant.now()))
                .post("/api/v1/review-cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        for (var person : List.of(org.employee(), org.peer())) {
            String token = fixtures.token(person);
            Response real = as(token).get("/api/v1/review-cycles/" + cycle + "/calibration");
            Response random = as(token).get("/api/v1/review-cycles/" + UUID.randomUUID() + "/calibration");
            assertEquals(403, real.statusCode());
            assertEquals(real.statusCode(), random.statusCode());
            assertEquals(real.<String>path("detail"), random.<String>path("detail"));
            assertEquals(real.<String>path("title"), random.<String>path("title"));
        }
        as(admin)
                .get("/api/v1/review-cycles/" + UUID.randomUUID() + "/calibration")
                .then()
                .statusCode(404);
        as(admin).get("/api/v1/review-cycles/" + cycle + "/calibration").then().statusCode(200);
    }
}
