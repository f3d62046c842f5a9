package app.cairn.feedback;

import static app.cairn.feedback.FeedbackApi.FEEDBACK;
import static app.cairn.feedback.FeedbackApi.REQUESTS;
import static app.cairn.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests: a manager asks two people about a report; one answers (once), one declines; bad requests save nothing. */
@QuarkusTest
class FeedbackRequestTest {

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
    Person oscar;
    String outsider;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        oscar = fixtures.addPerson(org.org().id, UUID.randomUUID() + "@test.example", "Oscar Outsider", null, false);
        outsider = fixtures.token(oscar);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, Object> ask(UUID subject, List<UUID> responders, String prompt) {
        Map<String, Object> body = new HashMap<>();
        if (subject != null) {
            body.put("subjectId", subject.toString());
        }
        body.put("responderIds", responders.stream().map(UUID::toString).toList());
        body.put("prompt", prompt);
        return body;
    }

    @Test
    void shouldRunTheWholeLifecycle() {
        String template = as(admin)
                .body(Map.of("name", "Collaboration", "prompt", "How did they collaborate this quarter?"))
                .post("/api/v1/feedback-prompt-templates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = ask(org.employee().id, List.of(org.peer().id, oscar.id), null);
        body.put("templateId", template);
        body.put("dueOn", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        List<String> ids = as(manager)
                .body(body)
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .body("items", hasSize(2))
                .body(
                        "items.prompt",
                        containsInAnyOrder(
                                "How did they collaborate this quarter?", "How did they collaborate this quarter?"))
                .body("items.status", containsInAnyOrder("PENDING", "PENDING"))
                .extract()
                .path("items.id");
        String toPeer = as(peer).get(REQUESTS)
                .then()
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
        String toOscar = as(outsider)
                .get(REQUESTS)
                .then()
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
        as(manager).queryParam("scope", "sent").get(REQUESTS).then().body("total", equalTo(2));
        assertTrue(ids.containsAll(List.of(toPeer, toOscar)));

        // only the asker and the person asked see a request
        for (String other :
                List.of(employee, skip, admin, fixtures.token(fixtures.org().employee()))) {
            as(other).get(REQUESTS + "/" + toPeer).then().statusCode(404);
        }
        // only the person asked answers it
        Map<String, Object> answer = Map.of("body", "Erin pairs generously.", "visibility", "PRIVATE");
        as(manager)
                .body(answer)
                .post(REQUESTS + "/" + toPeer + "/answer")
                .then()
                .statusCode(403);
        as(outsider)
                .body(answer)
                .post(REQUESTS + "/" + toPeer + "/answer")
                .then()
                .statusCode(404);
        as(peer).body(Map.of("body", "x", "visibility", "PUBLIC"))
                .post(REQUESTS + "/" + toPeer + "/answer")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
        as(peer).body(Map.of("body", " "))
                .post(REQUESTS + "/" + toPeer + "/answer")
                .then()
                .statusCode(400);

        String feedbackId = as(peer).body(answer)
                .post(REQUESTS + "/" + toPeer + "/answer")
                .then()
                .statusCode(200)
                .body("recipient.id", equalTo(org.employee().id.toString()))
                .body("inAnswerTo.requester.id", equalTo(org.manager().id.toString()))
                .body("inAnswerTo.prompt", equalTo("How did they collaborate this quarter?"))
                .extract()
                .path("id");
        // answering twice, or declining after answering: 409 on status, nothing saved
        as(peer).body(answer)
                .post(REQUESTS + "/" + toPeer + "/answer")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("status"));
        as(peer).body(Map.of())
                .post(REQUESTS + "/" + toPeer + "/decline")
                .then()
                .statusCode(409);
        as(peer).queryParam("scope", "given").get(FEEDBACK).then().body("total", equalTo(1));

        // the asker reads the private answer; the subject too; the skip level does not (it is private)
        as(manager)
                .get(FEEDBACK + "/" + feedbackId)
                .then()
                .statusCode(200)
                .body("body", equalTo("Erin pairs generously."));
        as(employee).get(FEEDBACK + "/" + feedbackId).then().statusCode(200);
        as(skip).get(FEEDBACK + "/" + feedbackId).then().statusCode(404);
        as(manager)
                .get(REQUESTS + "/" + toPeer)
                .then()
                .body("status", equalTo("ANSWERED"))
                .body("answeredAt", notNullValue())
                .body("feedbackId", equalTo(feedbackId));
        as(manager)
                .queryParam("scope", "about-my-reports")
                .get(FEEDBACK)
                .then()
                .body("items.id", containsInAnyOrder(feedbackId));

        // the other person declines with a reason the asker reads
        as(outsider)
                .body(Map.of("reason", "I have not worked with Erin"))
                .post(REQUESTS + "/" + toOscar + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        as(manager).get(REQUESTS + "/" + toOscar).then().body("declineReason", equalTo("I have not worked with Erin"));
        as(outsider)
                .body(answer)
                .post(REQUESTS + "/" + toOscar + "/answer")
                .then()
                .statusCode(409);
        as(outsider).queryParam("status", "PENDING").get(REQUESTS).then().body("total", equalTo(0));
    }

    @Test
    void shouldAskAboutOneselfAndMarkOverdueRequests() {
        String id = as(employee)
                .body(Map.of(
                        "responderIds", List.of(org.peer().id.toString()),
                        "prompt", "What should I keep doing?",
                        "dueOn", LocalDate.now(ZoneOffset.UTC).toString()))
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .body("items[0].subject.id", equalTo(org.employee().id.toString()))
                .body("items[0].overdue", equalTo(false))
                .extract()
                .path("items[0].id");
        clock.advance(Duration.ofDays(2));
        as(peer).get(REQUESTS + "/" + id).then().body("overdue", equalTo(true));
        String answer = as(peer).body(Map.of("body", "Your demos.", "visibility", "MANAGERS"))
                .post(REQUESTS + "/" + id + "/answer")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        as(employee).get(REQUESTS + "/" + id).then().body("overdue", equalTo(false));
        as(manager).get(FEEDBACK + "/" + answer).then().statusCode(200);
    }

    @Test
    void shouldRefuseBadRequestsNamingTheFieldAndSaveNothing() {
        // about a colleague who does not report to the asker
        as(employee)
                .body(ask(org.peer().id, List.of(oscar.id), "How is Pat?"))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("subjectId"));
        // asking the subject about themselves, or oneself
        as(manager)
                .body(ask(org.employee().id, List.of(org.employee().id), "?"))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("responderIds[0]"));
        as(employee)
                .body(ask(null, List.of(org.peer().id, org.employee().id), "?"))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("responderIds[1]"));
        as(employee)
                .body(ask(null, List.of(org.peer().id, org.peer().id), "?"))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("responderIds[1]"));
        // someone of another organization
        as(employee)
                .body(ask(null, List.of(fixtures.org().employee().id), "?"))
                .post(REQUESTS)
                .then()
                .statusCode(404)
                .body("errors[0].field", equalTo("responderIds[0]"));
        // no prompt, a past due date, nobody asked, an unknown template
        as(employee)
                .body(ask(null, List.of(org.peer().id), " "))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("prompt"));
        Map<String, Object> past = ask(null, List.of(org.peer().id), "?");
        past.put("dueOn", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
        as(employee).body(past).post(REQUESTS).then().statusCode(400).body("errors[0].field", equalTo("dueOn"));
        as(employee)
                .body(ask(null, List.of(), "?"))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("responderIds"));
        Map<String, Object> template = ask(null, List.of(org.peer().id), null);
        template.put("templateId", UUID.randomUUID().toString());
        as(employee)
                .body(template)
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("templateId"));

        for (String token : List.of(employee, manager)) {
            as(token).queryParam("scope", "sent").get(REQUESTS).then().body("total", equalTo(0));
        }
        as(peer).get(REQUESTS).then().body("total", equalTo(0));
        as(employee).queryParam("scope", "everything").get(REQUESTS).then().statusCode(400);
    }
}
