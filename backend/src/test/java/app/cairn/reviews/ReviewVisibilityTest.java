package app.cairn.reviews;

import static app.cairn.support.Api.as;
import static app.cairn.support.ReviewApi.answerAndSubmit;
import static app.cairn.support.ReviewApi.cycleBody;
import static app.cairn.support.ReviewApi.questionId;
import static app.cairn.support.ReviewApi.rating;
import static app.cairn.support.ReviewApi.reviewOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestClock;
import app.cairn.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees what of a review: reviewee, manager, skip level, peer, another employee, admin, another
 * organization; and 401 / 403 / 404 / 400 on every review endpoint.
 */
@QuarkusTest
class ReviewVisibilityTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    TestTokens tokens;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    String employee;
    String peer;
    String outsider;
    String otherOrgAdmin;
    Map<String, Object> template;
    String cycle;
    String review;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        Person other = fixtures.addPerson(org.org().id, UUID.randomUUID() + "@test.example", "Olga Other", null, false);
        outsider = fixtures.token(other);
        otherOrgAdmin = fixtures.token(fixtures.org().admin());
        template = ReviewApi.createTemplate(admin);
        cycle = ReviewApi.launch(
                admin,
                cycleBody(
                        "APPRAISAL", template.get("id"), org.period().id, List.of(org.employee().id), clock.instant()));
        review = reviewOf(admin, cycle, org.employee().id);
        answerAndSubmit(employee, review, "SELF", List.of(rating(questionId(template, "Delivery"), 4)));
    }

    @Test
    void shouldOfferSharedOneToOnesAsEvidenceOnlyToTheirParticipants() {
        java.time.Instant start = clock.instant().minus(java.time.Duration.ofHours(1));
        java.time.Instant periodStart = org.period().startDate.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        if (start.isBefore(periodStart)) {
            start = periodStart.plusSeconds(60);
        }
        String session = as(manager)
                .body(Map.of(
                        "kind",
                        "ONE_TO_ONE",
                        "participantIds",
                        List.of(org.manager().id.toString(), org.employee().id.toString()),
                        "startsAt",
                        start.toString(),
                        "durationMinutes",
                        30,
                        "record",
                        true))
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(manager)
                .body(Map.of("body", "Talked about the canary rollout."))
                .put("/api/v1/sessions/" + session + "/notes")
                .then()
                .statusCode(200);
        as(manager)
                .body(Map.of(
                        "title",
                        "Write the rollback runbook",
                        "assigneeId",
                        org.employee().id.toString()))
                .post("/api/v1/sessions/" + session + "/action-items")
                .then()
                .statusCode(201);
        int version =
                as(manager).get("/api/v1/sessions/" + session).then().extract().path("version");
        as(manager)
                .body(Map.of("version", version))
                .post("/api/v1/sessions/" + session + "/complete")
                .then()
                .statusCode(200);

        for (String participant : List.of(manager, employee)) {
            as(participant)
                    .get("/api/v1/reviews/" + review + "/evidence")
                    .then()
                    .statusCode(200)
                    .body("oneToOnes.id", equalTo(List.of(session)))
                    .body("oneToOnes[0].sharedNotes", equalTo("Talked about the canary rollout."))
                    .body("oneToOnes[0].actionItems[0].title", equalTo("Write the rollback runbook"));
        }
        as(manager)
                .get("/api/v1/reviews/" + review + "/evidence")
                .then()
                .body("oneToOnes[0].with.name", equalTo("Mia Manager"));
        for (String outsiderToTheSession : List.of(admin, skip)) {
            as(outsiderToTheSession)
                    .get("/api/v1/reviews/" + review + "/evidence")
                    .then()
                    .statusCode(200)
                    .body("oneToOnes", equalTo(List.of()));
        }
    }

    @Test
    void shouldShowTheReviewToItsPeopleOnly() {
        as(employee)
                .get("/api/v1/reviews/" + review)
                .then()
                .statusCode(200)
                .body("parts.self", equalTo("SUBMITTED"))
                .body("parts.manager", nullValue())
                .body("score", nullValue());
        as(manager)
                .get("/api/v1/reviews/" + review)
                .then()
                .statusCode(200)
                .body("myRoles", equalTo(List.of("MANAGER")))
                .body("score", notNullValue())
                .body("permissions.canWriteManager", equalTo(true));
        as(skip).get("/api/v1/reviews/" + review)
                .then()
                .statusCode(200)
                .body("myRoles", equalTo(List.of("SKIP_LEVEL")))
                .body("permissions.canWriteManager", equalTo(false));
        as(admin).get("/api/v1/reviews/" + review).then().statusCode(200).body("myRoles", equalTo(List.of("ADMIN")));
        for (String stranger : List.of(peer, outsider, otherOrgAdmin)) {
            for (String path : List.of(
                    "",
                    "/responses/SELF",
                    "/responses/MANAGER",
                    "/responses/PEER",
                    "/nominations",
                    "/summary",
                    "/evidence",
                    "/rating-changes")) {
                as(stranger)
                        .get("/api/v1/reviews/" + review + path)
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json");
            }
            as(stranger)
                    .body(Map.of("version", 0))
                    .post("/api/v1/reviews/" + review + "/share")
                    .then()
                    .statusCode(404);
            as(stranger)
                    .body(Map.of("answers", List.of()))
                    .put("/api/v1/reviews/" + review + "/responses/SELF")
                    .then()
                    .statusCode(404);
        }
        as(peer).queryParam("scope", "to-write").get("/api/v1/reviews").then().body("items.id", not(hasItem(review)));
        as(otherOrgAdmin)
                .queryParam("scope", "all")
                .get("/api/v1/reviews")
                .then()
                .body("items.id", not(hasItem(review)));
    }

    @Test
    void shouldHideTheManagerPartFromAnAdminWhoIsTheRevieweeUntilShared() {
        Person reviewedAdmin = fixtures.addPerson(
                org.org().id, UUID.randomUUID() + "@test.example", "Ada Reviewed", org.manager().id, true);
        String token = fixtures.token(reviewedAdmin);
        String cycleId = ReviewApi.launch(
                admin,
                cycleBody(
                        "APPRAISAL", template.get("id"), org.period().id, List.of(reviewedAdmin.id), clock.instant()));
        String own = reviewOf(admin, cycleId, reviewedAdmin.id);
        String delivery = questionId(template, "Delivery");
        answerAndSubmit(token, own, "SELF", List.of(rating(delivery, 4)));
        answerAndSubmit(
                manager,
                own,
                "MANAGER",
                List.of(
                        rating(delivery, 2),
                        Map.of("questionId", questionId(template, "Objectives"), "objectiveRatings", List.of())));
        as(token).get("/api/v1/reviews/" + own + "/responses/MANAGER").then().statusCode(404);
        as(token).get("/api/v1/reviews/" + own + "/rating-changes").then().statusCode(403);
        as(token)
                .get("/api/v1/reviews/" + own)
                .then()
                .body("myRoles", equalTo(List.of("REVIEWEE", "ADMIN")))
                .body("score", nullValue())
                .body("parts.manager", nullValue())
                .body("permissions.canCalibrate", equalTo(false))
                .body("permissions.canShare", equalTo(false));
        as(token)
                .body(Map.of("rating", 5, "reason", "Me", "version", ReviewApi.version(token, own)))
                .post("/api/v1/reviews/" + own + "/calibrate")
                .then()
                .statusCode(403);
        as(token)
                .queryParam("scope", "all")
                .queryParam("cycleId", cycleId)
                .get("/api/v1/reviews")
                .then()
                .body("items[0].myRole", equalTo("REVIEWEE"))
                .body("items[0].overallRating", nullValue());
        as(admin)
                .body(Map.of("version", ReviewApi.version(admin, own)))
                .post("/api/v1/reviews/" + own + "/share")
                .then()
                .statusCode(200);
        as(token).get("/api/v1/reviews/" + own + "/responses/MANAGER").then().statusCode(200);
    }

    @Test
    void shouldKeepTheSelfReviewDraftFromEveryoneButTheReviewee() {
        String second = reviewOf(
                admin,
                ReviewApi.launch(
                        admin,
                        cycleBody(
                                "APPRAISAL",
                                template.get("id"),
                                org.period().id,
                                List.of(org.employee().id),
                                clock.instant())),
                org.employee().id);
        as(employee)
                .body(Map.of("answers", List.of(rating(questionId(template, "Delivery"), 2))))
                .put("/api/v1/reviews/" + second + "/responses/SELF")
                .then()
                .statusCode(200);
        for (String reader : List.of(manager, skip, admin)) {
            as(reader)
                    .get("/api/v1/reviews/" + second + "/responses/SELF")
                    .then()
                    .statusCode(404);
            as(reader).get("/api/v1/reviews/" + second).then().body("parts.self", equalTo("NOT_STARTED"));
        }
    }

    @Test
    void shouldGuardTheCycleAndTemplateEndpointsByRole() {
        String templateId = template.get("id").toString();
        for (String path : List.of(
                "/api/v1/review-templates",
                "/api/v1/review-templates/" + templateId,
                "/api/v1/review-cycles",
                "/api/v1/review-cycles/" + cycle,
                "/api/v1/review-cycles/" + cycle + "/progress")) {
            as(employee).get(path).then().statusCode(403).contentType("application/problem+json");
            as(manager).get(path).then().statusCode(200);
            given().get(path).then().statusCode(401);
            as(tokens.expired(org.admin())).get(path).then().statusCode(401);
        }
        as(employee)
                .get("/api/v1/review-cycles/" + cycle + "/calibration")
                .then()
                .statusCode(403);
        as(manager)
                .body(ReviewApi.templateBody("Nope"))
                .post("/api/v1/review-templates")
                .then()
                .statusCode(403);
        as(manager)
                .body(Map.of("version", 1))
                .post("/api/v1/review-cycles/" + cycle + "/close")
                .then()
                .statusCode(403);
        as(manager)
                .post("/api/v1/review-templates/" + templateId + "/copy")
                .then()
                .statusCode(403);
        for (String path : List.of(
                "/api/v1/review-templates/" + templateId,
                "/api/v1/review-cycles/" + cycle,
                "/api/v1/review-cycles/" + cycle + "/progress",
                "/api/v1/review-cycles/" + cycle + "/calibration")) {
            as(otherOrgAdmin).get(path).then().statusCode(404);
        }
        as(otherOrgAdmin)
                .post("/api/v1/review-templates/" + templateId + "/copy")
                .then()
                .statusCode(404);
        as(otherOrgAdmin)
                .body(Map.of("version", 1))
                .post("/api/v1/review-cycles/" + cycle + "/close")
                .then()
                .statusCode(404);
        as(admin).get("/api/v1/review-cycles/not-a-uuid").then().statusCode(404);
        as(admin)
                .queryParam("state", "SLEEPING")
                .get("/api/v1/review-cycles")
                .then()
                .statusCode(400);
        as(admin).queryParam("size", 500).get("/api/v1/review-templates").then().statusCode(400);
    }

    @Test
    void shouldAnswer401WithoutAValidTokenOnEveryReviewEndpoint() {
        for (String path : List.of("", "/responses/SELF", "/nominations", "/summary", "/evidence", "/rating-changes")) {
            given().get("/api/v1/reviews/" + review + path).then().statusCode(401);
            as(tokens.wrongIssuer(org.employee()))
                    .get("/api/v1/reviews/" + review + path)
                    .then()
                    .statusCode(401);
        }
        given().get("/api/v1/reviews").then().statusCode(401);
        for (String path : List.of(
                "/share",
                "/acknowledge",
                "/sign-off",
                "/override",
                "/calibrate",
                "/nominations/approve",
                "/responses/SELF/submit")) {
            given().contentType("application/json")
                    .body("{\"version\":0}")
                    .post("/api/v1/reviews/" + review + path)
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void shouldAnswer400ForBadInputOnReviewEndpoints() {
        as(employee)
                .queryParam("scope", "everything")
                .get("/api/v1/reviews")
                .then()
                .statusCode(400);
        as(employee).queryParam("cycleId", "x").get("/api/v1/reviews").then().statusCode(400);
        as(employee).queryParam("state", "DONE").get("/api/v1/reviews").then().statusCode(400);
        as(employee).post("/api/v1/reviews/" + review + "/acknowledge").then().statusCode(400);
        as(employee)
                .body(Map.of())
                .post("/api/v1/reviews/" + review + "/acknowledge")
                .then()
                .statusCode(400);
        as(manager)
                .body(Map.of("rating", 3))
                .post("/api/v1/reviews/" + review + "/override")
                .then()
                .statusCode(400);
        as(employee)
                .body("{")
                .put("/api/v1/reviews/" + review + "/nominations")
                .then()
                .statusCode(400);
        as(employee)
                .get("/api/v1/reviews/" + review + "/responses/OTHER")
                .then()
                .statusCode(400);
    }
}
