package app.cairn.reviews;

import static app.cairn.support.Api.as;
import static app.cairn.support.ReviewApi.answerAndSubmit;
import static app.cairn.support.ReviewApi.cycleBody;
import static app.cairn.support.ReviewApi.objectives;
import static app.cairn.support.ReviewApi.questionId;
import static app.cairn.support.ReviewApi.rating;
import static app.cairn.support.ReviewApi.reviewOf;
import static app.cairn.support.ReviewApi.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calibration and overrides: who may adjust, when, the audit trail, and the distribution view. */
@QuarkusTest
class CalibrationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    app.cairn.support.Outbox outbox;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    String employee;
    String peer;
    String cycle;
    String review;
    String peerReview;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        String delivery = questionId(template, "Delivery");
        String objectivesQ = questionId(template, "Objectives");
        cycle = ReviewApi.launch(
                admin,
                cycleBody(
                        "APPRAISAL",
                        template.get("id"),
                        org.period().id,
                        List.of(org.employee().id, org.peer().id),
                        clock.instant()));
        review = reviewOf(admin, cycle, org.employee().id);
        peerReview = reviewOf(admin, cycle, org.peer().id);
        answerAndSubmit(employee, review, "SELF", List.of(rating(delivery, 3)));
        answerAndSubmit(manager, review, "MANAGER", List.of(rating(delivery, 4), objectives(objectivesQ, List.of())));
        answerAndSubmit(peer, peerReview, "SELF", List.of(rating(delivery, 3)));
    }

    private Map<String, Object> change(Object rating, String reason, int version) {
        return Map.of("rating", rating, "reason", reason, "version", version);
    }

    @Test
    void shouldAuditEveryAdjustmentWithWhoWhenFromToAndWhy() {
        as(manager)
                .body(change(4.5, "Carried the launch", version(manager, review)))
                .post("/api/v1/reviews/" + review + "/override")
                .then()
                .statusCode(200)
                .body("kind", equalTo("OVERRIDE"))
                .body("fromRating", equalTo(4.0f))
                .body("toRating", equalTo(4.5f));
        as(skip).body(change(4, "In line with peers across teams", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(200)
                .body("kind", equalTo("CALIBRATION"))
                .body("actor.name", equalTo("Sid Skip"));
        as(admin)
                .get("/api/v1/reviews/" + review + "/rating-changes")
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].reason", equalTo("Carried the launch"))
                .body("[1].fromRating", equalTo(4.5f))
                .body("[1].toRating", equalTo(4.0f))
                .body("[1].createdAt", notNullValue());
        as(manager)
                .get("/api/v1/reviews/" + review)
                .then()
                .body("score.calculated", equalTo(4.0f))
                .body("score.overall", equalTo(4.0f))
                .body("score.adjusted", equalTo(false));
        as(admin)
                .get("/api/v1/audit-events?action=review.rating&resourceId=" + review)
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("review.rating_calibrated", "review.rating_overridden")))
                .body("items[1].actor.id", equalTo(org.manager().id.toString()))
                .body("items[1].changes.overallRating.before", equalTo(4.0f))
                .body("items[1].changes.overallRating.after", equalTo(4.5f))
                .body("items[1].changes.reason.after", equalTo("Carried the launch"))
                .body("items[0].changes.overallRating.before", equalTo(4.5f));
        as(admin)
                .get("/api/v1/audit-events?resourceId=" + cycle)
                .then()
                .body("items.action", equalTo(List.of("review_cycle.launched", "review_cycle.created")))
                .body("items[0].changes.state.before", equalTo("DRAFT"))
                .body("items[0].changes.state.after", equalTo("ACTIVE"))
                .body("items[1].changes.kind.after", equalTo("APPRAISAL"));
        // the reviewee sees nothing of it, now or later
        as(employee).get("/api/v1/reviews/" + review).then().body("score", nullValue());
        as(employee).get("/api/v1/reviews/" + review + "/rating-changes").then().statusCode(403);
    }

    @Test
    void shouldTellTheOtherAdminsOfACalibrationButNeverTheRevieweeNorTheCalibrator() {
        Person secondAdmin = fixtures.addPerson(
                org.org().id, "admin2-" + UUID.randomUUID() + "@test.example", "Abe Admin", null, true);
        String second = fixtures.token(secondAdmin);
        as(skip).body(change(4, "In line with peers", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(200);
        outbox.drain();
        for (String token : List.of(admin, second)) {
            as(token)
                    .get("/api/v1/notifications")
                    .then()
                    .body("items.findAll { it.kind == 'RATING_CALIBRATED' }", hasSize(1))
                    .body(
                            "items.find { it.kind == 'RATING_CALIBRATED' }.title",
                            containsString("Sid Skip calibrated Eli Employee's rating in"))
                    .body(
                            "items.find { it.kind == 'RATING_CALIBRATED' }.link",
                            equalTo("/admin/review-cycles/" + cycle));
        }
        for (String token : List.of(skip, manager, employee, peer)) {
            as(token)
                    .get("/api/v1/notifications")
                    .then()
                    .body("items.findAll { it.kind == 'RATING_CALIBRATED' }", hasSize(0));
        }
        // an admin calibrating is not told of their own act; the other admin is
        as(admin)
                .body(change(3.5, "Second look", version(admin, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(200);
        outbox.drain();
        as(admin)
                .get("/api/v1/notifications")
                .then()
                .body("items.findAll { it.kind == 'RATING_CALIBRATED' }", hasSize(1));
        as(second)
                .get("/api/v1/notifications")
                .then()
                .body("items.findAll { it.kind == 'RATING_CALIBRATED' }", hasSize(2));
    }

    @Test
    void shouldLetOnlyAdminsAndTheManagersManagersCalibrate() {
        as(manager)
                .body(change(3, "Mine", version(manager, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(403);
        as(employee)
                .body(change(5, "Me", version(employee, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(403);
        as(skip).body(change(6, "Too high", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        as(skip).body(change(3.333, "Too precise", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(400);
        as(skip).body(Map.of("rating", 3, "reason", " ", "version", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(400);
        as(admin)
                .body(change(3, "Stale", 42))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(409);
        // not in calibration yet
        as(admin)
                .body(change(3, "Early", version(admin, peerReview)))
                .post("/api/v1/reviews/" + peerReview + "/calibrate")
                .then()
                .statusCode(409);
        as(admin).get("/api/v1/reviews/" + review + "/rating-changes").then().body("", hasSize(0));
        as(admin)
                .body(Map.of("version", version(admin, review)))
                .post("/api/v1/reviews/" + review + "/share")
                .then()
                .statusCode(200);
        as(admin)
                .body(change(3, "Too late", version(admin, review)))
                .post("/api/v1/reviews/" + review + "/calibrate")
                .then()
                .statusCode(409);
        as(manager)
                .body(change(3, "Too late", version(manager, review)))
                .post("/api/v1/reviews/" + review + "/override")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldShowTheDistributionPerTeamAndManager() {
        as(admin)
                .get("/api/v1/review-cycles/" + cycle + "/calibration")
                .then()
                .statusCode(200)
                .body("reviews", hasSize(2))
                .body("distribution.count", equalTo(List.of(0, 0, 0, 1, 0)))
                .body("byManager[0].manager", nullValue())
                .body("byManager[0].group.name", equalTo("Mia Manager"))
                .body("byManager[0].rated", equalTo(1))
                .body("byTeam[0].average", equalTo(4.0f))
                .body("reviews.find { it.reviewId == '" + review + "' }.canAdjust", equalTo(true))
                .body("reviews.find { it.reviewId == '" + peerReview + "' }.canAdjust", equalTo(false));
        as(skip).get("/api/v1/review-cycles/" + cycle + "/calibration")
                .then()
                .statusCode(200)
                .body("reviews", hasSize(2));
        // the manager's manager sees only their branch; a manager with no managers below sees nothing
        as(manager)
                .get("/api/v1/review-cycles/" + cycle + "/calibration")
                .then()
                .statusCode(403)
                .body("detail", containsString("calibrate"));
        Person newcomer = fixtures.addPerson(org.org().id, UUID.randomUUID() + "@test.example", "Nia New", null, false);
        fixtures.addPerson(org.org().id, UUID.randomUUID() + "@test.example", "Rob Report", newcomer.id, false);
        as(fixtures.token(newcomer))
                .get("/api/v1/review-cycles/" + cycle + "/calibration")
                .then()
                .statusCode(403);
    }
}
