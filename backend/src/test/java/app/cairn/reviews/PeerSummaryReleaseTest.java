package app.cairn.reviews;

import static app.cairn.support.Api.as;
import static app.cairn.support.ReviewApi.answerAndSubmit;
import static app.cairn.support.ReviewApi.cycleBody;
import static app.cairn.support.ReviewApi.questionId;
import static app.cairn.support.ReviewApi.rating;
import static app.cairn.support.ReviewApi.reviewOf;
import static app.cairn.support.ReviewApi.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cycle decides when the reviewee sees the 360 peer summary: only once shared (default), or after the deadline. */
@QuarkusTest
class PeerSummaryReleaseTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    ReviewRepository reviews;

    TestOrg org;
    String admin;
    String manager;
    String employee;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Transactional
    void share(String reviewId) {
        reviews.findById(UUID.fromString(reviewId)).state = ReviewState.SHARED;
    }

    /** A launched 360 for the employee with three approved peers who answered; returns the review id. */
    private String answered360(String release) {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        List<Person> peers = new ArrayList<>(List.of(org.peer()));
        for (String name : List.of("Quinn Quiet", "Rita Reserved")) {
            peers.add(fixtures.addPerson(org.org().id, UUID.randomUUID() + "@test.example", name, null, false));
        }
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        Map<String, Object> body = cycleBody(
                "THREE_SIXTY", template.get("id"), org.period().id, List.of(org.employee().id), clock.instant());
        if (release != null) {
            body.put("peerSummaryRelease", release);
        }
        String cycle = ReviewApi.launch(admin, body);
        as(admin)
                .get("/api/v1/review-cycles/" + cycle)
                .then()
                .body("peerSummaryRelease", equalTo(release == null ? "WHEN_SHARED" : release));
        String review = reviewOf(admin, cycle, org.employee().id);
        as(employee)
                .body(Map.of(
                        "peerIds",
                        peers.stream().map(p -> p.id.toString()).toList(),
                        "version",
                        version(employee, review)))
                .put("/api/v1/reviews/" + review + "/nominations")
                .then()
                .statusCode(200);
        as(manager)
                .body(Map.of("version", version(manager, review)))
                .post("/api/v1/reviews/" + review + "/nominations/approve")
                .then()
                .statusCode(200);
        String collaboration = questionId(template, "Collaboration");
        peers.forEach(p -> answerAndSubmit(fixtures.token(p), review, "PEER", List.of(rating(collaboration, 4))));
        clock.advance(Duration.ofDays(4));
        return review;
    }

    @Test
    void shouldShowTheRevieweeTheSummaryOnlyOnceTheReviewIsSharedByDefault() {
        String review = answered360(null);
        as(manager).get("/api/v1/reviews/" + review + "/summary").then().body("groups[0].released", equalTo(true));
        as(employee)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .statusCode(200)
                .body("groups[0].released", equalTo(false))
                .body("groups[0].responses", nullValue())
                .body("groups[0].ratings", hasSize(0))
                .body("groups[0].message", containsString("when your review is shared"));
        share(review);
        as(employee)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .body("groups[0].released", equalTo(true))
                .body("groups[0].responses", equalTo(3));
    }

    @Test
    void shouldShowTheRevieweeTheSummaryAfterThePeerDeadlineWhenTheCycleSaysSo() {
        String review = answered360("AFTER_PEER_DEADLINE");
        as(employee).get("/api/v1/reviews/" + review + "/summary").then().body("groups[0].released", equalTo(true));
    }
}
