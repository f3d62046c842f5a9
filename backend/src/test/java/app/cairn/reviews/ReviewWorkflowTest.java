package app.cairn.reviews;

import static app.cairn.support.Api.as;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.objective;
import static app.cairn.support.ReviewApi.answerAndSubmit;
import static app.cairn.support.ReviewApi.cycleBody;
import static app.cairn.support.ReviewApi.objectives;
import static app.cairn.support.ReviewApi.questionId;
import static app.cairn.support.ReviewApi.rating;
import static app.cairn.support.ReviewApi.reviewOf;
import static app.cairn.support.ReviewApi.text;
import static app.cairn.support.ReviewApi.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The appraisal state machine, step by step, for each role; and the rules that refuse a write. */
@QuarkusTest
class ReviewWorkflowTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    String employee;
    String peer;
    Map<String, Object> template;
    String delivery;
    String highlights;
    String objectivesQ;
    String collaboration;
    String objectiveId;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        template = ReviewApi.createTemplate(admin);
        delivery = questionId(template, "Delivery");
        highlights = questionId(template, "Highlights");
        objectivesQ = questionId(template, "Objectives");
        collaboration = questionId(template, "Collaboration");
        objectiveId = createActive(employee, manager, objective("Ship the thing", "INDIVIDUAL", org.period().id));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String launchAppraisal(boolean skipLevelSignOff) {
        Map<String, Object> body = cycleBody(
                "APPRAISAL", template.get("id"), org.period().id, List.of(org.employee().id), clock.instant());
        body.put("skipLevelSignOff", skipLevelSignOff);
        String cycle = ReviewApi.launch(admin, body);
        return reviewOf(admin, cycle, org.employee().id);
    }

    private Map<String, Object> draft(List<Map<String, Object>> answers, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        body.put("version", version);
        return body;
    }

    @Test
    void shouldWalkAnAppraisalFromSelfReviewToSkipLevelSignOff() {
        String review = launchAppraisal(true);
        as(employee)
                .get("/api/v1/reviews/" + review)
                .then()
                .statusCode(200)
                .body("state", equalTo("SELF_REVIEW"))
                .body("myRoles", equalTo(List.of("REVIEWEE")))
                .body("permissions.canWriteSelf", equalTo(true))
                .body("score", nullValue())
                .body("objectives.id", hasItem(objectiveId));
        as(employee)
                .queryParam("scope", "mine")
                .get("/api/v1/reviews")
                .then()
                .body("items.id", hasItem(review))
                .body("items[0].myRole", equalTo("REVIEWEE"));
        as(manager)
                .queryParam("scope", "to-write")
                .get("/api/v1/reviews")
                .then()
                .body("items.id", hasItem(review));

        // self: a draft, then the submit
        as(employee)
                .body(draft(List.of(rating(delivery, 4)), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        as(manager).get("/api/v1/reviews/" + review + "/responses/SELF").then().statusCode(404);
        answerAndSubmit(employee, review, "SELF", List.of(rating(delivery, 4), text(highlights, "Shipped it")));
        as(manager)
                .get("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("answers.text", hasItem("Shipped it"));
        as(employee).get("/api/v1/reviews/" + review).then().body("state", equalTo("MANAGER_REVIEW"));

        // manager: draft, which the reviewee cannot read, then submit
        as(manager)
                .body(draft(List.of(rating(delivery, 5)), null))
                .put("/api/v1/reviews/" + review + "/responses/MANAGER")
                .then()
                .statusCode(200);
        as(employee)
                .get("/api/v1/reviews/" + review + "/responses/MANAGER")
                .then()
                .statusCode(404);
        answerAndSubmit(
                manager,
                review,
                "MANAGER",
                List.of(
                        rating(delivery, 5),
                        objectives(objectivesQ, List.of(Map.of("objectiveId", objectiveId, "rating", 2)))));
        // (2×5 + 1×2) / 3 = 4.00
        as(manager)
                .get("/api/v1/reviews/" + review)
                .then()
                .body("state", equalTo("CALIBRATION"))
                .body("score.calculated", equalTo(4.0f))
                .body("score.overall", equalTo(4.0f))
                .body("score.formula", nullValue())
                .body("score.terms", hasSize(0));
        // the formula and its terms are for those who calibrate
        as(skip).get("/api/v1/reviews/" + review)
                .then()
                .body("score.calculated", equalTo(4.0f))
                .body("score.formula", containsString("Weighted average"))
                .body("score.terms", hasSize(2));
        as(employee)
                .get("/api/v1/reviews/" + review + "/responses/MANAGER")
                .then()
                .statusCode(404);
        as(employee).get("/api/v1/reviews/" + review).then().body("score", nullValue());

        // the manager cannot share a review in calibration; the skip level can
        as(manager)
                .body(Map.of("version", version(manager, review)))
                .post("/api/v1/reviews/" + review + "/share")
                .then()
                .statusCode(403);
        as(employee)
                .body(Map.of("version", version(employee, review)))
                .post("/api/v1/reviews/" + review + "/acknowledge")
                .then()
                .statusCode(409);
        as(skip).body(Map.of("version", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/share")
                .then()
                .statusCode(200)
                .body("state", equalTo("SHARED"));

        as(employee)
                .get("/api/v1/reviews/" + review + "/responses/MANAGER")
                .then()
                .statusCode(200)
                .body("answers[0].rating", equalTo(5));
        as(employee)
                .get("/api/v1/reviews/" + review)
                .then()
                .body("score.overall", equalTo(4.0f))
                .body("score.formula", nullValue())
                .body("score.calculated", nullValue())
                .body("score.terms", hasSize(0))
                .body("permissions.canAcknowledge", equalTo(true));

        // sign-off waits for the acknowledgement
        as(skip).body(Map.of("version", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/sign-off")
                .then()
                .statusCode(409);
        as(employee)
                .body(Map.of("comment", "Thanks, fair.", "version", version(employee, review)))
                .post("/api/v1/reviews/" + review + "/acknowledge")
                .then()
                .statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED"))
                .body("acknowledgementComment", equalTo("Thanks, fair."));
        as(manager)
                .body(Map.of("version", version(manager, review)))
                .post("/api/v1/reviews/" + review + "/sign-off")
                .then()
                .statusCode(403);
        as(skip).queryParam("scope", "to-write")
                .get("/api/v1/reviews")
                .then()
                .body("items.id", hasItem(review))
                .body("items[0].myRole", equalTo("SKIP_LEVEL"));
        as(skip).body(Map.of("version", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/sign-off")
                .then()
                .statusCode(200)
                .body("state", equalTo("SIGNED_OFF"))
                .body("signedOffBy.name", equalTo("Sid Skip"));
    }

    @Test
    void shouldLetTheManagerShareWhenTheCycleDoesNotCalibrate() {
        Map<String, Object> body = cycleBody(
                "APPRAISAL", template.get("id"), org.period().id, List.of(org.employee().id), clock.instant());
        body.put("calibration", false);
        String review = reviewOf(admin, ReviewApi.launch(admin, body), org.employee().id);
        answerAndSubmit(employee, review, "SELF", List.of(rating(delivery, 3)));
        answerAndSubmit(
                manager,
                review,
                "MANAGER",
                List.of(
                        rating(delivery, 3),
                        objectives(objectivesQ, List.of(Map.of("objectiveId", objectiveId, "notRated", true)))));
        as(manager).get("/api/v1/reviews/" + review).then().body("state", equalTo("MANAGER_REVIEW"));
        as(employee)
                .body(Map.of("version", version(employee, review)))
                .post("/api/v1/reviews/" + review + "/share")
                .then()
                .statusCode(403);
        as(manager)
                .body(Map.of("version", version(manager, review)))
                .post("/api/v1/reviews/" + review + "/share")
                .then()
                .statusCode(200)
                .body("state", equalTo("SHARED"));
        as(skip).body(Map.of("version", version(skip, review)))
                .post("/api/v1/reviews/" + review + "/sign-off")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldRefuseAnswersNotMeantForTheCallersRole() {
        String review = launchAppraisal(false);
        as(employee)
                .body(draft(List.of(rating(objectivesQ, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers[0].questionId"));
        as(employee)
                .body(draft(List.of(rating(collaboration, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(400);
        as(employee)
                .body(draft(List.of(rating(delivery, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/MANAGER")
                .then()
                .statusCode(403);
        as(manager)
                .body(draft(List.of(rating(delivery, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(403);
        as(peer).body(draft(List.of(rating(collaboration, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/PEER")
                .then()
                .statusCode(404);
        as(employee).get("/api/v1/reviews/" + review + "/responses/SELF").then().body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void shouldRefuseRatingsOutsideTheScaleAndSaveNothing() {
        String review = launchAppraisal(false);
        for (int bad : List.of(0, 6, -1)) {
            as(employee)
                    .body(draft(List.of(rating(delivery, bad)), null))
                    .put("/api/v1/reviews/" + review + "/responses/SELF")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("answers[0].rating"));
        }
        as(employee).get("/api/v1/reviews/" + review + "/responses/SELF").then().body("status", equalTo("NOT_STARTED"));
        as(employee)
                .body(draft(List.of(Map.of("questionId", delivery, "rating", 3, "notRated", true)), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(400);
        as(employee)
                .body(draft(List.of(Map.of("questionId", delivery, "rating", "high")), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(400);
        as(employee)
                .body(draft(List.of(Map.of("questionId", "not-a-uuid")), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(400);
        as(employee)
                .body(draft(List.of(rating(delivery, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/BOSS")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void shouldListTheMissingRequiredAnswersOnSubmit() {
        String review = launchAppraisal(false);
        as(employee)
                .body(draft(List.of(text(highlights, "Only the optional one")), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(200);
        as(employee)
                .body(Map.of("version", 0))
                .post("/api/v1/reviews/" + review + "/responses/SELF/submit")
                .then()
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("answers[" + delivery + "]"))
                .body("errors[0].message", containsString("Delivery"));
        as(employee).get("/api/v1/reviews/" + review).then().body("state", equalTo("SELF_REVIEW"));
        answerAndSubmit(employee, review, "SELF", List.of(rating(delivery, 3)));
        // the manager's objectives question needs every objective rated
        as(manager)
                .body(draft(List.of(rating(delivery, 3), objectives(objectivesQ, List.of())), null))
                .put("/api/v1/reviews/" + review + "/responses/MANAGER")
                .then()
                .statusCode(200);
        as(manager)
                .body(Map.of("version", 0))
                .post("/api/v1/reviews/" + review + "/responses/MANAGER/submit")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("answers[" + objectivesQ + "]"));
    }

    @Test
    void shouldRefuseAnswersAfterTheDeadlineAndAfterClose() {
        String review = launchAppraisal(false);
        as(employee)
                .body(draft(List.of(rating(delivery, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofDays(3));
        as(employee)
                .body(draft(List.of(rating(delivery, 4)), 0))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(409);
        as(employee)
                .body(Map.of("version", 0))
                .post("/api/v1/reviews/" + review + "/responses/SELF/submit")
                .then()
                .statusCode(409);
        as(employee).get("/api/v1/reviews/" + review + "/responses/SELF").then().body("answers[0].rating", equalTo(3));
        // past the self deadline, the manager may go ahead without the self review
        answerAndSubmit(
                manager,
                review,
                "MANAGER",
                List.of(
                        rating(delivery, 4),
                        objectives(objectivesQ, List.of(Map.of("objectiveId", objectiveId, "rating", 4)))));
        as(manager).get("/api/v1/reviews/" + review).then().body("state", equalTo("CALIBRATION"));

        String second = launchAppraisal(false);
        String cycle =
                as(admin).get("/api/v1/reviews/" + second).then().extract().path("cycle.id");
        int cycleVersion =
                as(admin).get("/api/v1/review-cycles/" + cycle).then().extract().path("version");
        as(admin)
                .body(Map.of("version", cycleVersion))
                .post("/api/v1/review-cycles/" + cycle + "/close")
                .then()
                .statusCode(200)
                .body("state", equalTo("CLOSED"));
        as(employee)
                .body(draft(List.of(rating(delivery, 3)), null))
                .put("/api/v1/reviews/" + second + "/responses/SELF")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldNotLetTheManagerSubmitBeforeTheSelfReviewWhileItIsOpen() {
        String review = launchAppraisal(false);
        as(manager)
                .body(draft(List.of(rating(delivery, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/MANAGER")
                .then()
                .statusCode(200);
        as(manager)
                .body(Map.of("version", 0))
                .post("/api/v1/reviews/" + review + "/responses/MANAGER/submit")
                .then()
                .statusCode(400); // objectives missing comes first
        answerAndSubmit(employee, review, "SELF", List.of(rating(delivery, 3)));
        as(manager).get("/api/v1/reviews/" + review).then().body("parts.self", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRefuseAStaleVersion() {
        String review = launchAppraisal(false);
        as(employee)
                .body(draft(List.of(rating(delivery, 3)), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(200);
        as(employee)
                .body(draft(List.of(rating(delivery, 4)), 0))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        as(employee)
                .body(draft(List.of(rating(delivery, 5)), 0))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(409);
        as(employee)
                .body(draft(List.of(rating(delivery, 5)), null))
                .put("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("version"));
        as(employee)
                .body(Map.of("comment", "x", "version", 99))
                .post("/api/v1/reviews/" + review + "/acknowledge")
                .then()
                .statusCode(409);
    }
}
