package app.cairn.reviews;

import static app.cairn.support.Api.as;
import static app.cairn.support.ReviewApi.cycleBody;
import static app.cairn.support.ReviewApi.question;
import static app.cairn.support.ReviewApi.templateBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Templates (validation, freezing once in use, copies) and cycles (validation, launch, progress, close). */
@QuarkusTest
class TemplateAndCycleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String admin;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
    }

    @Test
    void shouldCreateATemplateWithIdsForEveryQuestion() {
        as(admin)
                .body(templateBody("Annual"))
                .post("/api/v1/review-templates")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/review-templates/"))
                .body("sections[0].questions", hasSize(5))
                .body("sections[0].questions[0].id", notNullValue())
                .body("sections[0].questions[0].weight", equalTo(2))
                .body("sections[0].questions[1].weight", equalTo(null))
                .body("allowNotRated", equalTo(true))
                .body("inUse", equalTo(false))
                .body("scale[4].label", equalTo("Outstanding"));
    }

    @Test
    void shouldRejectAnInvalidTemplate() {
        Map<String, Object> body = templateBody("Broken");
        body.put("scale", List.of(Map.of("value", 3, "label", "Three"), Map.of("value", 1, "label", "One")));
        as(admin)
                .body(body)
                .post("/api/v1/review-templates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scale[1].value"));
        Map<String, Object> peerObjectives = templateBody("Peers rating objectives");
        peerObjectives.put(
                "sections",
                List.of(Map.of(
                        "title",
                        "S",
                        "questions",
                        List.of(question("OBJECTIVES", "Goals", List.of("PEER"), true, 1)))));
        as(admin)
                .body(peerObjectives)
                .post("/api/v1/review-templates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sections[0].questions[0].roles"));
        as(admin)
                .body(Map.of("name", "Empty", "scale", ReviewApi.SCALE, "sections", List.of()))
                .post("/api/v1/review-templates")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(containsString("sections")));
        as(admin)
                .body(Map.of(
                        "name",
                        "No roles",
                        "scale",
                        ReviewApi.SCALE,
                        "sections",
                        List.of(Map.of(
                                "title", "S", "questions", List.of(question("TEXT", "Q", List.of(), true, null))))))
                .post("/api/v1/review-templates")
                .then()
                .statusCode(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldReorderAndDeleteQuestionsAndSectionsWhileUnused() {
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        String id = template.get("id").toString();
        Map<String, Object> first = ((List<Map<String, Object>>) template.get("sections")).get(0);
        List<Map<String, Object>> questions = (List<Map<String, Object>>) first.get("questions");
        // Advice moves to the top, Highlights is deleted, and a new section goes before the first one
        List<Map<String, Object>> reordered =
                List.of(questions.get(4), questions.get(0), questions.get(2), questions.get(3));
        Map<String, Object> edit =
                new HashMap<>(templateBody(template.get("name").toString()));
        edit.put("version", 0);
        edit.put(
                "sections",
                List.of(
                        Map.of(
                                "title",
                                "Values",
                                "questions",
                                List.of(question("TEXT", "Living our values", List.of("SELF"), false, null))),
                        Map.of("id", first.get("id"), "title", "Performance", "questions", reordered)));
        as(admin)
                .body(edit)
                .put("/api/v1/review-templates/" + id)
                .then()
                .statusCode(200)
                .body("sections.title", equalTo(List.of("Values", "Performance")))
                .body("sections[1].id", equalTo(first.get("id")))
                .body(
                        "sections[1].questions.text",
                        equalTo(List.of("Advice", "Delivery", "Objectives", "Collaboration")))
                .body(
                        "sections[1].questions.id",
                        equalTo(reordered.stream().map(q -> q.get("id")).toList()));

        // deleting a whole section keeps the other one as it is
        edit.put("version", 1);
        edit.put("sections", List.of(Map.of("id", first.get("id"), "title", "Performance", "questions", reordered)));
        as(admin)
                .body(edit)
                .put("/api/v1/review-templates/" + id)
                .then()
                .statusCode(200)
                .body("sections", hasSize(1))
                .body("sections[0].questions", hasSize(4));

        // once a launched cycle uses it, the order is frozen too
        ReviewApi.launch(
                admin, cycleBody("APPRAISAL", id, org.period().id, List.of(org.employee().id), clock.instant()));
        edit.put("version", 2);
        edit.put(
                "sections",
                List.of(Map.of("id", first.get("id"), "title", "Performance", "questions", List.copyOf(questions))));
        as(admin)
                .body(edit)
                .put("/api/v1/review-templates/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("copy it"));
        as(admin)
                .get("/api/v1/review-templates/" + id)
                .then()
                .body(
                        "sections[0].questions.text",
                        equalTo(List.of("Advice", "Delivery", "Objectives", "Collaboration")));
    }

    @Test
    void shouldFreezeATemplateInUseAndOfferACopy() {
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        String id = template.get("id").toString();
        Map<String, Object> edit = new HashMap<>(templateBody("Renamed"));
        edit.put("version", 0);
        as(admin)
                .body(edit)
                .put("/api/v1/review-templates/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed"));
        as(admin).body(edit).put("/api/v1/review-templates/" + id).then().statusCode(409);

        ReviewApi.launch(
                admin, cycleBody("APPRAISAL", id, org.period().id, List.of(org.employee().id), clock.instant()));
        edit.put("version", 1);
        as(admin)
                .body(edit)
                .put("/api/v1/review-templates/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("copy it"));
        as(admin).get("/api/v1/review-templates/" + id).then().body("inUse", equalTo(true));
        as(admin).delete("/api/v1/review-templates/" + id).then().statusCode(409);
        String copy = as(admin)
                .post("/api/v1/review-templates/" + id + "/copy")
                .then()
                .statusCode(201)
                .body("name", equalTo("Renamed (copy)"))
                .body("inUse", equalTo(false))
                .extract()
                .path("id");
        edit.put("version", 0);
        as(admin).body(edit).put("/api/v1/review-templates/" + copy).then().statusCode(200);
        String spare = ReviewApi.createTemplate(admin).get("id").toString();
        as(admin).delete("/api/v1/review-templates/" + spare).then().statusCode(204);
        as(admin).get("/api/v1/review-templates/" + spare).then().statusCode(404);
    }

    @Test
    void shouldValidateACycle() {
        String template = ReviewApi.createTemplate(admin).get("id").toString();
        Map<String, Object> body =
                cycleBody("THREE_SIXTY", template, org.period().id, List.of(org.employee().id), clock.instant());
        body.put("peerAnswersDue", clock.instant().plus(9, ChronoUnit.DAYS).toString());
        body.put("participantIds", List.of(fixtures.org().employee().id.toString()));
        body.put("periodId", fixtures.org().period().id.toString());
        body.put("minPeers", 5);
        body.put("maxPeers", 2);
        body.remove("nominationsDue");
        as(admin)
                .body(body)
                .post("/api/v1/review-cycles")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems("participantIds", "periodId", "nominationsDue", "managerReviewDue", "maxPeers"));
        Map<String, Object> noPeerQuestions = templateBody("Appraisal only");
        noPeerQuestions.put(
                "sections",
                List.of(Map.of("title", "S", "questions", List.of(question("RATING", "Q", List.of("SELF"), true, 1)))));
        String appraisalTemplate = as(admin)
                .body(noPeerQuestions)
                .post("/api/v1/review-templates")
                .then()
                .extract()
                .path("id");
        as(admin)
                .body(cycleBody(
                        "THREE_SIXTY", appraisalTemplate, org.period().id, List.of(org.employee().id), clock.instant()))
                .post("/api/v1/review-cycles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("templateId"));
        Map<String, Object> missing = new HashMap<>();
        missing.put("name", "x");
        as(admin).body(missing).post("/api/v1/review-cycles").then().statusCode(400);
    }

    @Test
    void shouldLaunchATeamCycleAndCountProgressThenClose() {
        String template = ReviewApi.createTemplate(admin).get("id").toString();
        Map<String, Object> body = cycleBody("APPRAISAL", template, org.period().id, List.of(), clock.instant());
        body.put("participantScope", "TEAM");
        body.put("participantTeamId", org.team().id.toString());
        body.put("appraisalType", "INTERIM");
        body.put("name", "Mid-year");
        String cycle = as(admin)
                .body(body)
                .post("/api/v1/review-cycles")
                .then()
                .statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("appraisalType", equalTo("INTERIM"))
                .extract()
                .path("id");
        body.put("version", 0);
        body.put("name", "Mid-year 2026");
        as(admin).body(body).put("/api/v1/review-cycles/" + cycle).then().statusCode(200);
        as(admin)
                .body(Map.of("version", 0))
                .post("/api/v1/review-cycles/" + cycle + "/launch")
                .then()
                .statusCode(409);
        as(admin)
                .body(Map.of("version", 1))
                .post("/api/v1/review-cycles/" + cycle + "/launch")
                .then()
                .statusCode(200)
                .body("state", equalTo("ACTIVE"))
                .body("reviewCount", equalTo(4)); // skip level, manager, employee, peer
        as(admin).body(body).put("/api/v1/review-cycles/" + cycle).then().statusCode(409);
        as(admin).delete("/api/v1/review-cycles/" + cycle).then().statusCode(409);
        as(admin)
                .body(Map.of("version", 2))
                .post("/api/v1/review-cycles/" + cycle + "/launch")
                .then()
                .statusCode(409);
        as(admin)
                .get("/api/v1/review-cycles/" + cycle + "/progress")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("states[0].state", equalTo("SELF_REVIEW"))
                .body("states[0].count", equalTo(4))
                .body("states", hasSize(6));
        as(admin)
                .queryParam("state", "ACTIVE")
                .get("/api/v1/review-cycles")
                .then()
                .body("items.name", hasItem("Mid-year 2026"));
        as(admin)
                .body(Map.of("version", 2))
                .post("/api/v1/review-cycles/" + cycle + "/close")
                .then()
                .statusCode(200)
                .body("state", equalTo("CLOSED"));
        as(admin)
                .body(Map.of("version", 3))
                .post("/api/v1/review-cycles/" + cycle + "/close")
                .then()
                .statusCode(409);
        as(admin)
                .queryParam("state", "ACTIVE")
                .get("/api/v1/review-cycles")
                .then()
                .body("items.name", not(hasItem("Mid-year 2026")));
    }

    @Test
    void shouldLetAdminsStandInAsManagerForSomeoneWithoutOne() {
        String template = ReviewApi.createTemplate(admin).get("id").toString();
        String cycle = ReviewApi.launch(
                admin, cycleBody("APPRAISAL", template, org.period().id, List.of(org.skipLevel().id), clock.instant()));
        String review = ReviewApi.reviewOf(admin, cycle, org.skipLevel().id);
        as(admin)
                .get("/api/v1/reviews/" + review)
                .then()
                .body("myRoles", hasItems("MANAGER", "ADMIN"))
                .body("manager", equalTo(null));
        as(admin).queryParam("scope", "to-write").get("/api/v1/reviews").then().body("items.id", hasItem(review));
        Api.as(fixtures.token(org.skipLevel()))
                .get("/api/v1/reviews/" + review)
                .then()
                .body("permissions.canWriteManager", equalTo(false));
    }
}
