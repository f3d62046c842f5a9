package app.cairn.integrations.webhooks;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.Outbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookApiTest {

    static final String HOOKS = "/api/v1/webhooks";

    @Inject
    Fixtures fixtures;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Outbox outbox;

    TestOrg org;
    String admin;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
    }

    @AfterEach
    void realDns() {
        targets.useResolver(null);
    }

    private Map<String, Object> body(String url, String... types) {
        return Map.of("url", url, "eventTypes", List.of(types));
    }

    private String create(String url, String... types) {
        return as(admin)
                .body(body(url, types))
                .post(HOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("webhook.id");
    }

    @Test
    void shouldListTheCatalogueWithASchemaPerEventType() {
        as(admin)
                .get(HOOKS + "/event-types")
                .then()
                .statusCode(200)
                .body(
                        "type",
                        hasItems(
                                "objective.created",
                                "objective.updated",
                                "objective.status_changed",
                                "objective.checked_in",
                                "key_result.checked_in",
                                "session.scheduled",
                                "session.completed",
                                "session.cancelled",
                                "review_cycle.launched",
                                "review_cycle.closed",
                                "review.shared",
                                "review.acknowledged",
                                "feedback.given",
                                "praise.given",
                                "person.created",
                                "person.updated",
                                "person.deactivated"))
                .body("find { it.type == 'feedback.given' }.schema.properties.feedback.properties", not(hasKey("body")))
                .body("find { it.type == 'praise.given' }.schema.properties.praise.properties", hasKey("body"));
    }

    @Test
    void shouldCreateReadUpdateDisableAndDeleteAWebhook() {
        String id = create("https://93.184.216.34/hook", "objective.created", "person.created");
        as(admin)
                .get(HOOKS + "/" + id)
                .then()
                .statusCode(200)
                .body("eventTypes", equalTo(List.of("objective.created", "person.created")))
                .body("enabled", equalTo(true))
                .body("$", not(hasKey("secret")));
        as(admin).get(HOOKS).then().statusCode(200).body("items.id", hasItem(id));
        as(admin)
                .body(Map.of("url", "https://93.184.216.34/other", "eventTypes", List.of("praise.given"), "version", 0))
                .put(HOOKS + "/" + id)
                .then()
                .statusCode(200)
                .body("url", equalTo("https://93.184.216.34/other"))
                .body("version", equalTo(1));
        as(admin)
                .body(Map.of("url", "https://93.184.216.34/x", "eventTypes", List.of("praise.given"), "version", 0))
                .put(HOOKS + "/" + id)
                .then()
                .statusCode(409);
        as(admin)
                .body(Map.of("version", 1))
                .post(HOOKS + "/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        as(admin)
                .body(Map.of("version", 2))
                .post(HOOKS + "/" + id + "/enable")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true));
        as(admin).delete(HOOKS + "/" + id).then().statusCode(204);
        as(admin).get(HOOKS + "/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefusePrivateLoopbackLinkLocalAndPlainTargetsNamingTheUrl() {
        targets.useResolver(host -> {
            if (host.endsWith(".invalid")) {
                throw new java.net.UnknownHostException(host);
            }
            return InetAddress.getAllByName(host);
        });
        for (String url : List.of(
                "https://10.0.0.8/hook",
                "https://192.168.1.1/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://0.0.0.0/hook",
                "https://224.0.0.1/hook",
                "ftp://93.184.216.34/hook",
                "https://user:pw@93.184.216.34/hook",
                "not a url",
                "https://does-not-resolve.invalid/hook")) {
            as(admin)
                    .body(body(url, "objective.created"))
                    .post(HOOKS)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("url"));
        }
        as(admin).get(HOOKS).then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseUnknownOrRepeatedEventTypes() {
        as(admin)
                .body(body("https://93.184.216.34/hook", "objective.created", "objective.exploded"))
                .post(HOOKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[1]"));
        as(admin)
                .body(Map.of("url", "https://93.184.216.34/hook", "eventTypes", List.of()))
                .post(HOOKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
    }

    @Test
    void shouldCheckTheTargetAgainAtDeliveryAgainstDnsRebinding() throws Exception {
        targets.useResolver(host -> host.equals("hooks.example.com")
                ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                : InetAddress.getAllByName(host));
        String id = create("https://hooks.example.com/hook", "person.created");
        targets.useResolver(host -> host.equals("hooks.example.com")
                ? new InetAddress[] {InetAddress.getByName("10.1.2.3")}
                : InetAddress.getAllByName(host));
        as(admin)
                .body(Map.of("email", "new-" + id.substring(0, 8) + "@test.example", "name", "Nia New"))
                .post("/api/v1/people")
                .then()
                .statusCode(201);
        outbox.drain();
        dispatcher.dispatchDue();
        as(admin)
                .get(HOOKS + "/" + id + "/deliveries")
                .then()
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].httpStatus", equalTo(null))
                .body("items[0].error", containsString("10.1.2.3"));
    }

    @Test
    void shouldBeForAdminsOfTheOrganizationOnly() {
        String id = create("https://93.184.216.34/hook", "objective.created");
        as(fixtures.token(org.employee())).get(HOOKS).then().statusCode(403);
        as(fixtures.token(org.employee()))
                .body(body("https://93.184.216.34/h", "objective.created"))
                .post(HOOKS)
                .then()
                .statusCode(403);
        TestOrg other = fixtures.org();
        String otherAdmin = fixtures.token(other.admin());
        as(otherAdmin).get(HOOKS + "/" + id).then().statusCode(404);
        as(otherAdmin).get(HOOKS + "/" + id + "/deliveries").then().statusCode(404);
        as(otherAdmin).delete(HOOKS + "/" + id).then().statusCode(404);
        as(otherAdmin).get(HOOKS).then().body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldNeedTheWebhooksScopesForTokens() {
        String account = as(admin)
                .body(Map.of("name", "Hooks bot", "scopes", List.of("webhooks:write"), "admin", true))
                .post("/api/v1/service-accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String reader = as(admin)
                .body(Map.of("name", "r", "scopes", List.of("webhooks:read")))
                .post("/api/v1/service-accounts/" + account + "/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        String writer = as(admin)
                .body(Map.of("name", "w", "scopes", List.of("webhooks:write")))
                .post("/api/v1/service-accounts/" + account + "/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        given().auth().oauth2(reader).get(HOOKS).then().statusCode(200);
        given().auth()
                .oauth2(reader)
                .contentType("application/json")
                .body(body("https://93.184.216.34/hook", "objective.created"))
                .post(HOOKS)
                .then()
                .statusCode(403)
                .body("detail", containsString("webhooks:write"));
        given().auth()
                .oauth2(writer)
                .contentType("application/json")
                .body(body("https://93.184.216.34/hook", "objective.created"))
                .post(HOOKS)
                .then()
                .statusCode(201);
        String objectivesOnly = as(admin)
                .body(Map.of("name", "o", "scopes", List.of("objectives:read")))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        given().auth()
                .oauth2(objectivesOnly)
                .get(HOOKS)
                .then()
                .statusCode(403)
                .body("detail", containsString("webhooks:read"));
    }
}
