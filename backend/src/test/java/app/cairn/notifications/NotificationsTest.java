package app.cairn.notifications;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.sessions.SessionApi;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.Outbox;
import app.cairn.support.ReviewApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notifications from domain events: who is told, in which words, and what they may do with them. */
@QuarkusTest
class NotificationsTest {

    static final String NOTIFICATIONS = "/api/v1/notifications";

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    TestOrg org;
    String admin;
    String manager;
    String employee;
    String peer;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
    }

    @Test
    void shouldTellEachRevieweeThatTheirCycleStartedAndLetThemMarkItRead() {
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        ReviewApi.launch(
                admin,
                ReviewApi.cycleBody(
                        "APPRAISAL",
                        template.get("id"),
                        org.period().id,
                        List.of(org.employee().id, org.peer().id),
                        Instant.now()));
        outbox.drain();

        List<Map<String, Object>> mine = items(employee, false);
        assertEquals(1, mine.size());
        assertEquals("REVIEW_CYCLE_LAUNCHED", mine.get(0).get("kind"));
        assertTrue(((String) mine.get(0).get("link")).startsWith("/reviews/"));
        assertEquals(0, items(admin, false).size(), "the admin launched it: nobody tells them of their own act");
        unread(employee, 1);

        String id = (String) mine.get(0).get("id");
        as(peer).post(NOTIFICATIONS + "/" + id + "/read").then().statusCode(404);
        unread(employee, 1);
        as(employee).post(NOTIFICATIONS + "/" + id + "/read").then().statusCode(204);
        unread(employee, 0);
        assertEquals(0, items(employee, true).size());
        assertEquals(1, items(employee, false).size());

        unread(peer, 1);
        as(peer).post(NOTIFICATIONS + "/read-all").then().statusCode(204);
        unread(peer, 0);
    }

    @Test
    void shouldTellTheOtherParticipantOfAScheduledOneToOneOnly() {
        Map<String, Object> body = SessionApi.body(
                org.manager().id,
                org.employee().id,
                Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                "NONE");
        String sessionId = as(manager)
                .body(body)
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        outbox.drain();

        List<Map<String, Object>> mine = items(employee, false);
        assertEquals(1, mine.size());
        assertEquals("SESSION_SCHEDULED", mine.get(0).get("kind"));
        assertEquals("/one-on-ones/" + sessionId, mine.get(0).get("link"));
        assertTrue(((String) mine.get(0).get("title")).startsWith("Mia Manager scheduled your 1:1 for "));
        assertEquals("Mia Manager", ((Map<?, ?>) mine.get(0).get("actor")).get("name"));
        assertEquals(0, items(manager, false).size());
        assertEquals(0, items(peer, false).size());
    }

    @Test
    void shouldNeverRevealPrivateFeedbackToAnyoneButItsRecipientNorQuoteIt() {
        Map<String, Object> feedback = new HashMap<>();
        feedback.put("recipientId", org.employee().id.toString());
        feedback.put("body", "Secret: your demo went badly");
        feedback.put("visibility", "PRIVATE");
        as(peer).body(feedback).post("/api/v1/feedback").then().statusCode(201);
        outbox.drain();

        List<Map<String, Object>> mine = items(employee, false);
        assertEquals(1, mine.size());
        assertEquals("FEEDBACK_RECEIVED", mine.get(0).get("kind"));
        assertFalse(((String) mine.get(0).get("title")).contains("Secret"), "the text is never quoted");
        for (String other : List.of(manager, admin, fixtures.token(org.skipLevel()))) {
            assertEquals(0, items(other, false).size(), "nobody else hears of private feedback");
        }
    }

    @Test
    void shouldTellPeersWhomToReviewButNeverTellTheRevieweeWhoTheyAre() {
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        String cycle = ReviewApi.launch(
                admin,
                ReviewApi.cycleBody(
                        "THREE_SIXTY", template.get("id"), org.period().id, List.of(org.employee().id), Instant.now()));
        String review = ReviewApi.reviewOf(admin, cycle, org.employee().id);
        UUID other = fixtures.addPerson(
                        org.org().id,
                        "other-" + UUID.randomUUID().toString().substring(0, 6) + "@test.example",
                        "Olga Other",
                        org.manager().id,
                        false)
                .id;
        as(manager)
                .body(Map.of(
                        "peerIds", List.of(org.peer().id.toString(), other.toString()),
                        "version", ReviewApi.version(manager, review)))
                .post("/api/v1/reviews/" + review + "/nominations/approve")
                .then()
                .statusCode(200);
        outbox.drain();

        List<Map<String, Object>> peers = items(peer, false);
        assertEquals(1, peers.size());
        assertEquals("PEER_FEEDBACK_REQUESTED", peers.get(0).get("kind"));
        assertTrue(((String) peers.get(0).get("title")).contains("Eli Employee"));
        for (Map<String, Object> n : items(employee, false)) {
            assertFalse(((String) n.get("title")).contains("Pat Peer"), "the reviewee never learns a peer's name");
            assertFalse(((String) n.get("title")).contains("Olga Other"));
        }
    }

    @Test
    void shouldHonourTheInAppPreferenceAndNameBadFields() {
        as(employee)
                .body(Map.of(
                        "preferences", List.of(Map.of("kind", "FEEDBACK_RECEIVED", "inApp", false, "email", "OFF"))))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(200)
                .body("find { it.kind == 'FEEDBACK_RECEIVED' }.inApp", equalTo(false))
                .body("find { it.kind == 'REVIEW_SHARED' }.email", equalTo("IMMEDIATE"));
        Map<String, Object> feedback = new HashMap<>();
        feedback.put("recipientId", org.employee().id.toString());
        feedback.put("body", "Well done");
        feedback.put("visibility", "PRIVATE");
        as(peer).body(feedback).post("/api/v1/feedback").then().statusCode(201);
        outbox.drain();
        assertEquals(0, items(employee, false).size());

        as(employee)
                .body(Map.of("preferences", List.of(Map.of("kind", "NO_SUCH_KIND", "inApp", true, "email", "OFF"))))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(400);
        as(employee)
                .body(Map.of("preferences", List.of(Map.of("kind", "REMINDER", "email", "OFF"))))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("preferences[0].inApp"));
        as(employee).queryParam("size", 500).get(NOTIFICATIONS).then().statusCode(400);
        given().get(NOTIFICATIONS).then().statusCode(401);
    }

    @Test
    void shouldRefuseAForgedUnsubscribeToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("token", "forged-token"))
                .post(NOTIFICATIONS + "/unsubscribe")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("token"));
    }

    static List<Map<String, Object>> items(String token, boolean unread) {
        return as(token)
                .queryParam("unread", unread)
                .get(NOTIFICATIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    static void unread(String token, int count) {
        as(token).get(NOTIFICATIONS + "/unread-count").then().statusCode(200).body("unread", equalTo(count));
    }
}
