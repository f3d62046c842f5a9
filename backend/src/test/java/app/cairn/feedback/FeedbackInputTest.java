package app.cairn.feedback;

import static app.cairn.feedback.FeedbackApi.FEEDBACK;
import static app.cairn.feedback.FeedbackApi.feedback;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx naming the field, and nothing is saved; feedback text never reaches a page as HTML. */
@QuarkusTest
class FeedbackInputTest {

    @Inject
    Fixtures fixtures;

    @Inject
    PersonRepository people;

    TestOrg org;
    String admin;
    String employee;
    String peer;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
    }

    @Transactional
    void deactivate(UUID id) {
        people.findById(id).active = false;
    }

    private void refused(Map<String, Object> body, int status, String field) {
        as(peer).body(body)
                .post(FEEDBACK)
                .then()
                .statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void shouldRefuseBadFeedbackNamingTheFieldAndSaveNothing() {
        Map<String, Object> good = feedback(org.employee().id, "Nice work", "PRIVATE");
        refused(with(good, "recipientId", org.peer().id.toString()), 400, "recipientId");
        Person gone = fixtures.addPerson(org.org().id, UUID.randomUUID() + "@test.example", "Gone", null, false);
        deactivate(gone.id);
        refused(with(good, "recipientId", gone.id.toString()), 400, "recipientId");
        refused(with(good, "recipientId", fixtures.org().employee().id.toString()), 404, "recipientId");
        refused(with(good, "recipientId", UUID.randomUUID().toString()), 404, "recipientId");
        refused(with(good, "body", "   "), 400, "body");
        refused(with(good, "body", "x".repeat(5001)), 400, "body");
        refused(with(good, "visibility", null), 400, "visibility");
        refused(with(good, "visibility", "SECRET"), 400, "visibility");
        refused(with(good, "valueIds", List.of(UUID.randomUUID().toString())), 400, "valueIds");
        String archived = FeedbackApi.value(admin, "Old value " + UUID.randomUUID());
        as(admin)
                .body(Map.of("name", "Old value x" + UUID.randomUUID(), "archived", true, "version", 0))
                .put("/api/v1/company-values/" + archived)
                .then()
                .statusCode(200);
        refused(with(good, "valueIds", List.of(archived)), 400, "valueIds");

        // an objective the giver cannot see, a 1:1 they were not in, a cycle that does not exist
        String managerToken = fixtures.token(org.manager());
        Map<String, Object> objective = Api.objective("Private goal", "INDIVIDUAL", org.period().id);
        objective.put("visibility", "PRIVATE");
        String privateObjective = Api.create(employee, objective);
        refused(with(good, "objectiveId", privateObjective), 400, "objectiveId");
        String session = FeedbackApi.oneToOne(managerToken, org.manager().id, org.employee().id);
        refused(with(good, "sessionId", session), 400, "sessionId");
        refused(with(good, "cycleId", UUID.randomUUID().toString()), 400, "cycleId");

        // a visibility the organization does not allow
        FeedbackApi.settings(admin, false, true, true);
        refused(good, 400, "visibility");
        as(peer).get(FEEDBACK + "?scope=given").then().body("total", equalTo(0));
        as(employee).get(FEEDBACK).then().body("total", equalTo(0));

        // the same request with allowed values is accepted: the refusals were about the fields
        as(peer).body(with(good, "visibility", "MANAGERS"))
                .post(FEEDBACK)
                .then()
                .statusCode(201);
        as(peer).get(FEEDBACK + "?scope=given").then().body("total", equalTo(1));
    }

    @Test
    void shouldLinkWhatTheGiverMaySeeAndShowLinksOnlyToReadersWhoMaySeeThem() {
        String managerToken = fixtures.token(org.manager());
        Map<String, Object> objective = Api.objective("Private goal", "INDIVIDUAL", org.period().id);
        objective.put("visibility", "PRIVATE");
        String privateObjective = Api.create(employee, objective);
        String session = FeedbackApi.oneToOne(managerToken, org.manager().id, org.employee().id);
        // the manager sees both, links both, and the employee reads the feedback with both links
        String id = as(managerToken)
                .body(with(
                        feedback(org.employee().id, "Good prep for our 1:1", "MANAGERS"),
                        "objectiveId",
                        privateObjective,
                        "sessionId",
                        session))
                .post(FEEDBACK)
                .then()
                .statusCode(201)
                .body("objective.id", equalTo(privateObjective))
                .body("session.id", equalTo(session))
                .extract()
                .path("id");
        as(employee).get(FEEDBACK + "/" + id).then().body("objective.name", equalTo("Private goal"));
        // the skip level reads the feedback but was not in the 1:1: no session link for them
        as(fixtures.token(org.skipLevel()))
                .get(FEEDBACK + "/" + id)
                .then()
                .statusCode(200)
                .body("session", equalTo(null))
                .body("objective.id", equalTo(privateObjective));
    }

    @Test
    void shouldNeverLetScriptOrRawHtmlReachThePage() {
        String id = as(peer).body(feedback(
                        org.employee().id,
                        "**Thanks**! <script>alert('x')</script> <img src=x onerror=alert(1)> [link](javascript:alert(1))",
                        "PUBLIC"))
                .post(FEEDBACK)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // every endpoint that carries the feedback carries the same sanitized HTML; `body` is the plain
        // Markdown source (a JSON string, never to be inserted as HTML: the SPA renders only bodyHtml)
        Map<String, String> htmlAt = Map.of(
                FEEDBACK + "/" + id,
                "bodyHtml",
                "/api/v1/praise",
                "items[0].bodyHtml",
                FEEDBACK + "?scope=received",
                "items[0].bodyHtml");
        htmlAt.forEach((path, field) -> {
            String html =
                    as(employee).get(path).then().statusCode(200).extract().path(field);
            assertFalse(html.contains("<script"), path);
            assertFalse(html.contains("<img"), path);
            assertFalse(html.contains("javascript:"), path);
        });
        as(employee)
                .get(FEEDBACK + "/" + id)
                .then()
                .body("bodyHtml", containsString("<strong>Thanks</strong>"))
                .body("bodyHtml", containsString("&lt;script&gt;"))
                .body("bodyHtml", not(containsString("javascript:")));
    }
}
