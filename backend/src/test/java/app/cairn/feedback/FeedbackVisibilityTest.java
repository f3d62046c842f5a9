package app.cairn.feedback;

import static app.cairn.feedback.FeedbackApi.FEEDBACK;
import static app.cairn.feedback.FeedbackApi.PRAISE;
import static app.cairn.feedback.FeedbackApi.give;
import static app.cairn.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The visibility matrix, through every endpoint that returns feedback: one private, one
 * managers-visible and one public piece of feedback from a peer to an employee, read by the giver,
 * the recipient, the recipient's manager and skip level, an unrelated colleague, an admin and
 * someone in another organization — single reads, every list scope with its total, the praise wall
 * and the review evidence.
 */
@QuarkusTest
class FeedbackVisibilityTest {

    private static final String PRIVATE_TEXT = "Private: the estimate slipped twice";
    private static final String MANAGERS_TEXT = "Managers: great incident write-up";
    private static final String PUBLIC_TEXT = "Public: thanks for the demo";

    @Inject
    Fixtures fixtures;

    @Inject
    TestTokens badTokens;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    String employee;
    String peer;
    String outsider;
    String otherOrg;
    String privateId;
    String managersId;
    String publicId;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        Person oscar =
                fixtures.addPerson(org.org().id, UUID.randomUUID() + "@test.example", "Oscar Outsider", null, false);
        outsider = fixtures.token(oscar);
        otherOrg = fixtures.token(fixtures.org().employee());
        privateId = give(peer, org.employee().id, PRIVATE_TEXT, "PRIVATE");
        managersId = give(peer, org.employee().id, MANAGERS_TEXT, "MANAGERS");
        publicId = give(peer, org.employee().id, PUBLIC_TEXT, "PUBLIC");
    }

    /** Who reads the text of which feedback: PRIVATE, MANAGERS, PUBLIC. */
    private Map<String, List<Boolean>> readers() {
        return Map.of(
                "giver", List.of(true, true, true),
                "recipient", List.of(true, true, true),
                "manager", List.of(false, true, true),
                "skip", List.of(false, true, true),
                "outsider", List.of(false, false, true),
                "admin", List.of(false, false, true),
                "otherOrg", List.of(false, false, false));
    }

    private String token(String who) {
        return switch (who) {
            case "giver" -> peer;
            case "recipient" -> employee;
            case "manager" -> manager;
            case "skip" -> skip;
            case "outsider" -> outsider;
            case "admin" -> admin;
            default -> otherOrg;
        };
    }

    @Test
    void shouldShowEachPieceOnlyToWhoMayReadIt() {
        List<String> ids = List.of(privateId, managersId, publicId);
        List<String> texts = List.of(PRIVATE_TEXT, MANAGERS_TEXT, PUBLIC_TEXT);
        readers().forEach((who, reads) -> {
            for (int i = 0; i < 3; i++) {
                var response = as(token(who)).get(FEEDBACK + "/" + ids.get(i)).then();
                if (reads.get(i)) {
                    response.statusCode(200)
                            .body("contentVisible", equalTo(true))
                            .body("body", equalTo(texts.get(i)));
                } else if ("admin".equals(who)) {
                    // admins know it exists, never its text
                    response.statusCode(200)
                            .body("contentVisible", equalTo(false))
                            .body("body", nullValue())
                            .body("bodyHtml", nullValue())
                            .body("giver.id", equalTo(org.peer().id.toString()));
                } else {
                    response.statusCode(404);
                }
            }
        });
    }

    @Test
    void shouldListAndCountOnlyWhatEachMayRead() {
        total(employee, "received", 3, privateId, managersId, publicId);
        total(peer, "given", 3, privateId, managersId, publicId);
        total(manager, "about-my-reports", 2, managersId, publicId);
        total(skip, "about-my-reports", 2, managersId, publicId);
        total(outsider, "about-my-reports", 0);
        total(admin, "about-my-reports", 0);
        total(manager, "received", 0);
        total(otherOrg, "received", 0);
        total(admin, "all", 3, privateId, managersId, publicId);
        as(admin)
                .queryParam("scope", "all")
                .get(FEEDBACK)
                .then()
                .body("items.findAll { it.contentVisible }.id", containsInAnyOrder(publicId))
                .body("items.findAll { !it.contentVisible }.id", containsInAnyOrder(privateId, managersId))
                .body("items.findAll { !it.contentVisible }.body", everyItem(nullValue()));
        for (String who : List.of("giver", "recipient", "manager", "skip", "outsider")) {
            as(token(who)).queryParam("scope", "all").get(FEEDBACK).then().statusCode(403);
        }
        // filtered to one person: the same rules
        as(manager)
                .queryParam("scope", "about-my-reports")
                .queryParam("personId", org.peer().id.toString())
                .get(FEEDBACK)
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void shouldShowPublicPraiseOnTheWallToTheOrganizationOnly() {
        for (String who : List.of("giver", "recipient", "manager", "skip", "outsider", "admin")) {
            as(token(who))
                    .get(PRAISE)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].id", equalTo(publicId));
        }
        as(otherOrg).get(PRAISE).then().statusCode(200).body("total", equalTo(0));
        as(otherOrg)
                .body(Map.of("reaction", "CLAP"))
                .post(PRAISE + "/" + publicId + "/reactions")
                .then()
                .statusCode(404);
        as(outsider)
                .body(Map.of("reaction", "CLAP"))
                .post(PRAISE + "/" + managersId + "/reactions")
                .then()
                .statusCode(404);
        as(manager)
                .body(Map.of("reaction", "CLAP"))
                .post(PRAISE + "/" + managersId + "/reactions")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldPutOnlyReadableFeedbackIntoReviewEvidence() {
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        String cycle = ReviewApi.launch(
                admin,
                ReviewApi.cycleBody(
                        "APPRAISAL", template.get("id"), org.period().id, List.of(org.employee().id), Instant.now()));
        String review = ReviewApi.reviewOf(admin, cycle, org.employee().id);
        Map<String, List<String>> expected = Map.of(
                "recipient", List.of(privateId, managersId, publicId),
                "manager", List.of(managersId, publicId),
                "skip", List.of(managersId, publicId),
                "admin", List.of(publicId));
        expected.forEach((who, ids) -> {
            String body = as(token(who))
                    .get("/api/v1/reviews/" + review + "/evidence")
                    .then()
                    .statusCode(200)
                    .body("feedback.id", containsInAnyOrder(ids.toArray()))
                    .extract()
                    .asString();
            if (!ids.contains(privateId)) {
                assertFalse(body.contains(PRIVATE_TEXT), who + " read private feedback in evidence");
            }
        });
        for (String who : List.of("giver", "outsider", "otherOrg")) {
            as(token(who)).get("/api/v1/reviews/" + review + "/evidence").then().statusCode(404);
        }
    }

    @Test
    void shouldNeverCarryPrivateTextToThoseWhoMayNotReadIt() {
        for (String who : List.of("manager", "skip", "outsider", "admin", "otherOrg")) {
            StringBuilder all = new StringBuilder();
            for (String scope : List.of("received", "given", "about-my-reports", "all")) {
                all.append(
                        as(token(who)).queryParam("scope", scope).get(FEEDBACK).asString());
            }
            all.append(as(token(who)).get(PRAISE).asString());
            all.append(as(token(who)).get(FEEDBACK + "/" + privateId).asString());
            assertFalse(all.toString().contains(PRIVATE_TEXT), who + " read the private text");
            assertFalse(all.toString().contains("estimate slipped"), who + " read the private text");
        }
    }

    @Test
    void shouldAnswer401WithoutAValidToken() {
        for (String path : List.of(
                FEEDBACK,
                FEEDBACK + "/" + publicId,
                PRAISE,
                "/api/v1/feedback-requests",
                "/api/v1/company-values",
                "/api/v1/feedback-prompt-templates",
                "/api/v1/feedback-settings")) {
            RestAssured.given().get(path).then().statusCode(401);
            RestAssured.given()
                    .auth()
                    .oauth2(badTokens.expired(org.employee()))
                    .get(path)
                    .then()
                    .statusCode(401);
        }
    }

    private void total(String token, String scope, int total, String... ids) {
        as(token)
                .queryParam("scope", scope)
                .get(FEEDBACK)
                .then()
                .statusCode(200)
                .body("total", equalTo(total))
                .body("items.id", containsInAnyOrder((Object[]) ids));
    }
}
