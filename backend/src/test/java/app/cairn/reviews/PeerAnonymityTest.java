package app.cairn.reviews;

import static app.cairn.support.Api.as;
import static app.cairn.support.ReviewApi.answerAndSubmit;
import static app.cairn.support.ReviewApi.cycleBody;
import static app.cairn.support.ReviewApi.questionId;
import static app.cairn.support.ReviewApi.rating;
import static app.cairn.support.ReviewApi.reviewOf;
import static app.cairn.support.ReviewApi.text;
import static app.cairn.support.ReviewApi.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.cairn.organizations.OrganizationRepository;
import app.cairn.people.Person;
import app.cairn.support.Api;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 360 anonymity: peer answers leave the server only as an aggregate without names, and only at the
 * organization's threshold. Every endpoint that could carry a name is read by every role, and no
 * response may contain a peer's id or name next to an answer.
 */
@QuarkusTest
class PeerAnonymityTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    OrganizationRepository organizations;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    String employee;
    List<Person> peers;
    List<String> peerTokens;
    String collaboration;
    String advice;
    String review;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peers = new ArrayList<>(List.of(org.peer()));
        for (String name : List.of("Quinn Quiet", "Rita Reserved", "Sam Secret")) {
            peers.add(fixtures.addPerson(
                    org.org().id, UUID.randomUUID() + "@test.example", name, org.skipLevel().id, false));
        }
        peerTokens = peers.stream().map(fixtures::token).toList();
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        collaboration = questionId(template, "Collaboration");
        advice = questionId(template, "Advice");
        // The reviewee reads the summary once the peer deadline passed (ReviewVisibilityTest covers the default).
        String cycle = ReviewApi.launch(
                admin,
                Api.with(
                        cycleBody(
                                "THREE_SIXTY",
                                template.get("id"),
                                org.period().id,
                                List.of(org.employee().id),
                                clock.instant()),
                        "peerSummaryRelease",
                        "AFTER_PEER_DEADLINE"));
        review = reviewOf(admin, cycle, org.employee().id);
        List<String> ids = peers.stream().map(p -> p.id.toString()).toList();
        List<String> tooMany = new ArrayList<>(ids);
        tooMany.add(org.skipLevel().id.toString());
        as(employee)
                .body(Map.of("peerIds", tooMany, "version", version(employee, review)))
                .put("/api/v1/reviews/" + review + "/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("peerIds"))
                .body("errors[0].message", containsString("at most 4"));
        as(employee)
                .body(Map.of("peerIds", ids.subList(0, 4), "version", version(employee, review)))
                .put("/api/v1/reviews/" + review + "/nominations")
                .then()
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        as(manager)
                .body(Map.of("version", version(manager, review)))
                .post("/api/v1/reviews/" + review + "/nominations/approve")
                .then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        setThreshold(3);
    }

    @Transactional
    void setThreshold(int threshold) {
        organizations.findById(org.org().id).anonymityThreshold = threshold;
    }

    private void peerAnswers(int index, int value, String comment) {
        answerAndSubmit(
                peerTokens.get(index), review, "PEER", List.of(rating(collaboration, value), text(advice, comment)));
    }

    @Test
    void shouldWithholdEverythingWithTwoAnswersAndRevealTheAggregateWithThree() {
        peerAnswers(0, 5, "Pat's words");
        peerAnswers(1, 3, "Quinn's words");
        clock.advance(Duration.ofDays(4)); // peer answering is over
        for (String reader : List.of(employee, manager, skip, admin)) {
            String body = as(reader)
                    .get("/api/v1/reviews/" + review + "/summary")
                    .then()
                    .statusCode(200)
                    .body("threshold", equalTo(3))
                    .body("groups[0].group", equalTo("PEER"))
                    .body("groups[0].released", equalTo(false))
                    .body("groups[0].message", containsString("Not enough responses"))
                    .body("groups[0].responses", nullValue())
                    .body("groups[0].ratings", hasSize(0))
                    .body("groups[0].comments", hasSize(0))
                    .extract()
                    .asString();
            assertFalse(body.contains("words"), body);
        }
        clock.reset();
        peerAnswers(2, 4, "Rita's words");
        clock.advance(Duration.ofDays(4));
        as(employee)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .statusCode(200)
                .body("groups[0].released", equalTo(true))
                .body("groups[0].responses", equalTo(3))
                .body("groups[0].ratings[0].average", equalTo(4.0f))
                .body("groups[0].ratings[0].distribution.count", equalTo(List.of(0, 0, 1, 1, 1)))
                .body("groups[0].ratings[0].distribution[4].label", equalTo("Outstanding"))
                .body("groups[0].comments[0].comments", hasSize(3));
        String body = as(manager)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .extract()
                .asString();
        assertNoPeerIdentity(body);
    }

    @Test
    void shouldReleaseNothingBeforeAnsweringIsOverSoAnswersCannotBeToldApart() {
        peerAnswers(0, 5, "a");
        peerAnswers(1, 4, "b");
        peerAnswers(2, 3, "c");
        as(employee)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .body("groups[0].released", equalTo(false))
                .body("groups[0].responses", nullValue());
        clock.advance(Duration.ofDays(4));
        as(employee).get("/api/v1/reviews/" + review + "/summary").then().body("groups[0].released", equalTo(true));
        // the fourth peer can no longer answer once the summary is out
        as(peerTokens.get(3))
                .body(Map.of("answers", List.of(rating(collaboration, 1))))
                .put("/api/v1/reviews/" + review + "/responses/PEER")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldNotChangeTheWithheldMessageWhenTheThresholdIsReachedBeforeAnsweringCloses() {
        List<String> messages = new ArrayList<>();
        messages.add(withheldMessage(manager));
        for (int i = 0; i < 3; i++) {
            peerAnswers(i, 4, "answer " + i);
            messages.add(withheldMessage(manager));
            messages.add(withheldMessage(employee));
        }
        assertEquals(1, messages.stream().distinct().count(), "the message changed as peers answered: " + messages);
        clock.advance(Duration.ofDays(4));
        as(employee).get("/api/v1/reviews/" + review + "/summary").then().body("groups[0].released", equalTo(true));
    }

    private String withheldMessage(String token) {
        return as(token)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .statusCode(200)
                .body("groups[0].released", equalTo(false))
                .extract()
                .path("groups[0].message");
    }

    @Test
    void shouldFollowTheOrganizationsThreshold() {
        setThreshold(2);
        peerAnswers(0, 5, "x");
        peerAnswers(1, 1, "y");
        clock.advance(Duration.ofDays(4));
        as(employee)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .body("threshold", equalTo(2))
                .body("groups[0].released", equalTo(true))
                .body("groups[0].ratings[0].average", equalTo(3.0f));
        setThreshold(4);
        as(employee)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .body("groups[0].released", equalTo(false))
                .body("groups[0].ratings", hasSize(0));
    }

    @Test
    void shouldWithholdARatingQuestionWithFewerRatingsThanTheThreshold() {
        answerAndSubmit(
                peerTokens.get(0),
                review,
                "PEER",
                List.of(Map.of("questionId", collaboration, "notRated", true), text(advice, "one")));
        peerAnswers(1, 2, "two");
        peerAnswers(2, 4, "three");
        clock.advance(Duration.ofDays(4));
        as(employee)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .body("groups[0].released", equalTo(true))
                .body("groups[0].responses", equalTo(3))
                .body("groups[0].ratings[0].released", equalTo(false))
                .body("groups[0].ratings[0].average", nullValue())
                .body("groups[0].ratings[0].distribution", hasSize(0));
    }

    @Test
    void shouldNeverReturnWhoWroteAPeerAnswerThroughAnyEndpoint() {
        peerAnswers(0, 5, "first secret");
        peerAnswers(1, 2, "second secret");
        peerAnswers(2, 4, "third secret");
        clock.advance(Duration.ofDays(4));

        // the raw peer answers: only their author reads them, nobody else (not even admins)
        as(peerTokens.get(0))
                .get("/api/v1/reviews/" + review + "/responses/PEER")
                .then()
                .statusCode(200)
                .body("answers.text", hasItem("first secret"))
                .body("answers.text", not(hasItem("second secret")));
        as(peerTokens.get(3))
                .get("/api/v1/reviews/" + review + "/responses/PEER")
                .then()
                .statusCode(200)
                .body("status", equalTo("NOT_STARTED"));
        for (String reader : List.of(employee, manager, skip, admin)) {
            as(reader)
                    .get("/api/v1/reviews/" + review + "/responses/PEER")
                    .then()
                    .statusCode(404);
            for (String path : List.of("", "/nominations", "/summary", "/evidence")) {
                String body = as(reader)
                        .get("/api/v1/reviews/" + review + path)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                assertNoAttribution(body);
            }
            for (String list : List.of("mine", "to-write")) {
                assertNoAttribution(as(reader)
                        .queryParam("scope", list)
                        .get("/api/v1/reviews")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
            }
        }
        String all = as(admin)
                .queryParam("scope", "all")
                .get("/api/v1/reviews")
                .then()
                .extract()
                .asString();
        assertNoAttribution(all);
        // the nomination list names the peers but never who answered
        as(manager)
                .get("/api/v1/reviews/" + review + "/nominations")
                .then()
                .body("peers", hasSize(4))
                .body("peers[0]", not(hasKey("answered")));
        // peers see nothing of each other, of the other parts, or of the summary
        as(peerTokens.get(1))
                .get("/api/v1/reviews/" + review)
                .then()
                .statusCode(200)
                .body("myRoles", equalTo(List.of("PEER")))
                .body("score", nullValue())
                .body("parts.self", nullValue())
                .body("parts.manager", nullValue())
                .body("skipLevel", nullValue());
        for (String path : List.of("/summary", "/nominations", "/evidence", "/rating-changes")) {
            as(peerTokens.get(1)).get("/api/v1/reviews/" + review + path).then().statusCode(403);
        }
        as(peerTokens.get(1))
                .get("/api/v1/reviews/" + review + "/responses/SELF")
                .then()
                .statusCode(404);
        as(peerTokens.get(1))
                .get("/api/v1/reviews/" + review + "/responses/MANAGER")
                .then()
                .statusCode(404);
        as(peerTokens.get(1))
                .queryParam("scope", "all")
                .get("/api/v1/reviews")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldKeepCommentOrderIndependentOfWhoAnsweredWhen() {
        peerAnswers(2, 4, "zeta");
        peerAnswers(0, 4, "alpha");
        peerAnswers(1, 4, "mu");
        clock.advance(Duration.ofDays(4));
        List<String> first = as(employee)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .extract()
                .path("groups[0].comments[0].comments");
        List<String> again = as(manager)
                .get("/api/v1/reviews/" + review + "/summary")
                .then()
                .extract()
                .path("groups[0].comments[0].comments");
        assertEquals(first, again);
        assertEquals(3, first.size());
    }

    @Test
    void shouldRefuseBadNominations() {
        String other = reviewOfAnotherEmployee();
        int v = version(employee, other);
        as(employee)
                .body(Map.of(
                        "peerIds",
                        List.of(org.employee().id.toString(), peers.get(0).id.toString()),
                        "version",
                        v))
                .put("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("peerIds[0]"));
        Person stranger = fixtures.org().employee();
        as(employee)
                .body(Map.of(
                        "peerIds",
                        List.of(stranger.id.toString(), peers.get(0).id.toString()),
                        "version",
                        v))
                .put("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("peerIds[0]"));
        as(employee)
                .body(Map.of(
                        "peerIds",
                        List.of(org.manager().id.toString(), peers.get(0).id.toString()),
                        "version",
                        v))
                .put("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(400);
        as(employee)
                .body(Map.of("peerIds", List.of(peers.get(0).id.toString()), "version", v))
                .put("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("at least 2"));
        as(employee)
                .body(Map.of(
                        "peerIds",
                        List.of(peers.get(0).id.toString(), peers.get(1).id.toString()),
                        "version",
                        v + 5))
                .put("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(409);
        as(peerTokens.get(0))
                .body(Map.of(
                        "peerIds",
                        List.of(peers.get(1).id.toString(), peers.get(2).id.toString()),
                        "version",
                        v))
                .put("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(404);
        as(employee)
                .get("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(200)
                .body("peers", hasSize(0))
                .body("state", equalTo("OPEN"));
        // nominations close at their deadline for the reviewee; the manager may still approve a list
        clock.advance(Duration.ofDays(2));
        as(employee)
                .body(Map.of(
                        "peerIds",
                        List.of(peers.get(0).id.toString(), peers.get(1).id.toString()),
                        "version",
                        v))
                .put("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(409);
        as(manager)
                .body(Map.of(
                        "peerIds",
                        List.of(peers.get(0).id.toString(), peers.get(1).id.toString()),
                        "version",
                        v))
                .post("/api/v1/reviews/" + other + "/nominations/approve")
                .then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("peers", hasSize(2));
        as(employee)
                .body(Map.of(
                        "peerIds",
                        List.of(peers.get(0).id.toString(), peers.get(1).id.toString()),
                        "version",
                        version(employee, other)))
                .put("/api/v1/reviews/" + other + "/nominations")
                .then()
                .statusCode(409);
    }

    /** The same employee in a second 360, before any nomination. */
    private String reviewOfAnotherEmployee() {
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        // The reviewee reads the summary once the peer deadline passed (ReviewVisibilityTest covers the default).
        String cycle = ReviewApi.launch(
                admin,
                Api.with(
                        cycleBody(
                                "THREE_SIXTY",
                                template.get("id"),
                                org.period().id,
                                List.of(org.employee().id),
                                clock.instant()),
                        "peerSummaryRelease",
                        "AFTER_PEER_DEADLINE"));
        return reviewOf(admin, cycle, org.employee().id);
    }

    private void assertNoAttribution(String body) {
        for (String secret : List.of("first secret", "second secret", "third secret")) {
            assertFalse(body.contains(secret) && body.contains(peers.get(0).id.toString()), body);
        }
        assertFalse(body.contains("authorId"), body);
        assertFalse(body.contains("\"author\""), body);
    }

    private void assertNoPeerIdentity(String body) {
        for (Person peer : peers) {
            assertFalse(body.contains(peer.id.toString()), body);
            assertFalse(body.contains(peer.name), body);
        }
    }
}
