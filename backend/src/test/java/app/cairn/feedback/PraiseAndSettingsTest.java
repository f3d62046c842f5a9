package app.cairn.feedback;

import static app.cairn.feedback.FeedbackApi.FEEDBACK;
import static app.cairn.feedback.FeedbackApi.PRAISE;
import static app.cairn.feedback.FeedbackApi.give;
import static app.cairn.feedback.FeedbackApi.praise;
import static app.cairn.feedback.FeedbackApi.settings;
import static app.cairn.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Praise on the wall with values, filters and reactions; admins' settings, values and prompt templates. */
@QuarkusTest
class PraiseAndSettingsTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;
    String manager;
    String employee;
    String peer;
    String outsider;
    Person oscar;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        oscar = fixtures.addPerson(org.org().id, UUID.randomUUID() + "@test.example", "Oscar Outsider", null, false);
        outsider = fixtures.token(oscar);
    }

    @Test
    void shouldFilterTheWallAndCountReactions() {
        String ownership = FeedbackApi.value(admin, "Ownership");
        String care = FeedbackApi.value(admin, "Care");
        String toEmployee = praise(peer, org.employee().id, "Owned the outage", List.of(ownership));
        String toOscar = praise(employee, oscar.id, "Helped onboarding", List.of(care));
        as(outsider).get(PRAISE).then().body("total", equalTo(2)).body("items[0].id", equalTo(toOscar));
        as(outsider).queryParam("valueId", ownership).get(PRAISE).then().body("items.id", contains(toEmployee));
        as(outsider)
                .queryParam("personId", oscar.id.toString())
                .get(PRAISE)
                .then()
                .body("items.id", contains(toOscar));
        as(outsider)
                .queryParam("teamId", org.team().id.toString())
                .get(PRAISE)
                .then()
                .body("items.id", contains(toEmployee))
                .body("items[0].values[0].name", equalTo("Ownership"));
        as(outsider).queryParam("teamId", "nope").get(PRAISE).then().statusCode(400);

        as(outsider)
                .body(Map.of("reaction", "CLAP"))
                .post(PRAISE + "/" + toEmployee + "/reactions")
                .then()
                .statusCode(200);
        as(outsider)
                .body(Map.of("reaction", "CLAP"))
                .post(PRAISE + "/" + toEmployee + "/reactions")
                .then()
                .statusCode(200);
        as(manager)
                .body(Map.of("reaction", "CLAP"))
                .post(PRAISE + "/" + toEmployee + "/reactions")
                .then()
                .body("reactions", hasSize(1))
                .body("reactions[0].count", equalTo(2))
                .body("reactions[0].mine", equalTo(true));
        as(manager).delete(PRAISE + "/" + toEmployee + "/reactions/CLAP").then().statusCode(200);
        as(employee)
                .get(FEEDBACK + "/" + toEmployee)
                .then()
                .body("reactions[0].count", equalTo(1))
                .body("reactions[0].mine", equalTo(false));
        as(employee)
                .body(Map.of("reaction", "BOO"))
                .post(PRAISE + "/" + toEmployee + "/reactions")
                .then()
                .statusCode(400);
        as(employee).delete(PRAISE + "/" + toEmployee + "/reactions/BOO").then().statusCode(400);
    }

    @Test
    void shouldSwitchPublicPraiseOffAndKeepOldPraiseForTheRecipientAndManagers() {
        String praised = praise(peer, org.employee().id, "Thanks!", List.of());
        as(employee)
                .body(Map.of("allowPrivate", true, "allowManagers", true, "publicPraise", false, "version", 0))
                .put("/api/v1/feedback-settings")
                .then()
                .statusCode(403);
        settings(admin, true, true, false);
        as(employee)
                .get("/api/v1/feedback-settings")
                .then()
                .body("publicPraise", equalTo(false))
                .body("allowedVisibilities", contains("PRIVATE", "MANAGERS"));
        as(outsider).get(PRAISE).then().statusCode(403);
        as(peer).body(Map.of("recipientId", org.employee().id.toString(), "body", "Again"))
                .post(PRAISE)
                .then()
                .statusCode(403);
        as(peer).body(FeedbackApi.feedback(org.employee().id, "Again", "PUBLIC"))
                .post(FEEDBACK)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
        as(employee)
                .body(Map.of("reaction", "HEART"))
                .post(PRAISE + "/" + praised + "/reactions")
                .then()
                .statusCode(403);
        // old praise: recipient, giver and managers still read it; everyone else no longer does
        as(employee).get(FEEDBACK + "/" + praised).then().statusCode(200);
        as(peer).get(FEEDBACK + "/" + praised).then().statusCode(200);
        as(manager).get(FEEDBACK + "/" + praised).then().statusCode(200);
        as(outsider).get(FEEDBACK + "/" + praised).then().statusCode(404);
        as(admin).get(FEEDBACK + "/" + praised).then().statusCode(200).body("contentVisible", equalTo(false));
        // and on again
        settings(admin, true, true, true);
        as(outsider).get(PRAISE).then().statusCode(200).body("total", equalTo(1));
        as(admin)
                .body(Map.of("allowPrivate", false, "allowManagers", false, "publicPraise", false, "version", 2))
                .put("/api/v1/feedback-settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("allowPrivate"));
        as(admin)
                .body(Map.of("allowPrivate", true, "allowManagers", true, "publicPraise", true, "version", 0))
                .put("/api/v1/feedback-settings")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldLetOnlyAdminsDefineValuesAndPromptTemplates() {
        as(employee)
                .body(Map.of("name", "Grit"))
                .post("/api/v1/company-values")
                .then()
                .statusCode(403);
        String grit = FeedbackApi.value(admin, "Grit");
        as(admin)
                .body(Map.of("name", "grit"))
                .post("/api/v1/company-values")
                .then()
                .statusCode(409);
        as(employee).get("/api/v1/company-values").then().body("items.name", contains("Grit"));
        as(employee)
                .body(Map.of("name", "Grit", "archived", true, "version", 0))
                .put("/api/v1/company-values/" + grit)
                .then()
                .statusCode(403);
        give(peer, org.employee().id, "x", "PRIVATE");
        praise(peer, org.employee().id, "Gritty", List.of(grit));
        as(admin).delete("/api/v1/company-values/" + grit).then().statusCode(409);
        as(admin)
                .body(Map.of("name", "Grit", "archived", true, "version", 0))
                .put("/api/v1/company-values/" + grit)
                .then()
                .statusCode(200);
        as(employee).get("/api/v1/company-values").then().body("total", equalTo(0));
        as(employee)
                .queryParam("includeArchived", true)
                .get("/api/v1/company-values")
                .then()
                .body("total", equalTo(1));
        String unused = FeedbackApi.value(admin, "Unused");
        as(admin).delete("/api/v1/company-values/" + unused).then().statusCode(204);
        as(fixtures.token(fixtures.org().admin()))
                .delete("/api/v1/company-values/" + grit)
                .then()
                .statusCode(404);

        Map<String, Object> template = Map.of("name", "Strengths", "prompt", "What is one strength to build on?");
        as(employee)
                .body(template)
                .post("/api/v1/feedback-prompt-templates")
                .then()
                .statusCode(403);
        String id = as(admin)
                .body(template)
                .post("/api/v1/feedback-prompt-templates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(employee).get("/api/v1/feedback-prompt-templates").then().body("items.name", contains("Strengths"));
        as(admin)
                .body(Map.of("name", "Strengths", "prompt", " ", "version", 0))
                .put("/api/v1/feedback-prompt-templates/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("prompt"));
        as(employee).delete("/api/v1/feedback-prompt-templates/" + id).then().statusCode(403);
        as(admin).delete("/api/v1/feedback-prompt-templates/" + id).then().statusCode(204);
    }
}
