package app.cairn.integrations.webhooks;

import static app.cairn.support.Api.as;
import static app.cairn.support.Api.keyResult;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.Outbox;
import app.cairn.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {

    static WireMockServer receiver;

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper mapper;

    TestOrg org;
    String admin;
    String employee;
    String manager;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void setUp() {
        receiver.resetAll();
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        employee = fixtures.token(org.employee());
        manager = fixtures.token(org.manager());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Created(String id, String secret) {}

    private Created subscribe(String path, String... types) {
        var response = as(admin)
                .body(Map.of("url", receiver.baseUrl() + path, "eventTypes", List.of(types), "description", "test"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract();
        return new Created(response.path("webhook.id"), response.path("secret"));
    }

    /** An active objective of the employee with two key results; returns the key result ids. */
    private List<String> keyResults() {
        String objective = Api.createActive(
                employee,
                manager,
                with(
                        objective("Grow users", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(keyResult("Users", "NUMBER", 0, 100, 1), keyResult("Teams", "NUMBER", 0, 10, 1))));
        return as(employee)
                .get("/api/v1/objectives/" + objective)
                .then()
                .extract()
                .path("keyResults.id");
    }

    private void checkIn(String keyResult, int value) {
        as(employee)
                .body(Map.of("value", value))
                .post("/api/v1/key-results/" + keyResult + "/check-ins")
                .then()
                .statusCode(201);
    }

    private void deliver() {
        outbox.drain();
        dispatcher.dispatchDue();
    }

    private List<LoggedRequest> received(String path) {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private JsonNode body(LoggedRequest request) throws Exception {
        return mapper.readTree(request.getBodyAsString());
    }

    @Test
    void shouldSendACorrectlySignedKeyResultCheckIn() throws Exception {
        receiver.stubFor(post("/signed").willReturn(aResponse().withStatus(204)));
        Created hook = subscribe("/signed", "key_result.checked_in");
        String kr = keyResults().get(0);
        checkIn(kr, 42);
        deliver();
        List<LoggedRequest> requests = received("/signed");
        assertEquals(1, requests.size());
        LoggedRequest request = requests.get(0);
        WebhookReceiver.assertVerifies(request, hook.secret());
        assertFalse(WebhookReceiver.verifies(request, WebhookSigner.newSecret()), "another secret must not verify");
        long timestamp = Long.parseLong(request.getHeader("webhook-timestamp"));
        assertTrue(Math.abs(timestamp - clock.instant().getEpochSecond()) < 60);
        JsonNode body = body(request);
        assertEquals("key_result.checked_in", body.path("type").asText());
        assertEquals(kr, body.path("data").path("keyResult").path("id").asText());
        assertEquals(42, body.path("data").path("checkIn").path("value").asInt());
        assertEquals("Users", body.path("data").path("keyResult").path("title").asText());
        assertEquals(
                org.employee().id.toString(), body.path("data").path("actorId").asText());
        as(admin)
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("SUCCEEDED"))
                .body("items[0].httpStatus", equalTo(204))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].messageId", equalTo(request.getHeader("webhook-id")))
                .body("items[0].latencyMs", notNullValue());
        as(admin)
                .get("/api/v1/webhooks/" + hook.id())
                .then()
                .statusCode(200)
                .body("secretHint", not(equalTo(hook.secret())))
                .body(not(containsString(hook.secret().substring(10))));
    }

    @Test
    void shouldRetryAfterA500WithBackOffAndKeepTheMessageId() throws Exception {
        receiver.stubFor(post("/flaky")
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("boom"))
                .willSetStateTo("up"));
        receiver.stubFor(post("/flaky")
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        Created hook = subscribe("/flaky", "key_result.checked_in");
        clock.set(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        checkIn(keyResults().get(0), 7);
        deliver();
        as(admin)
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                .then()
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].httpStatus", equalTo(500))
                .body("items[0].response", equalTo("boom"))
                .body(
                        "items[0].nextAttemptAt",
                        equalTo(clock.instant().plusSeconds(5).toString()));
        dispatcher.dispatchDue();
        assertEquals(1, received("/flaky").size(), "the retry waits for its back-off");
        clock.advance(Duration.ofSeconds(6));
        dispatcher.dispatchDue();
        List<LoggedRequest> requests = received("/flaky");
        assertEquals(2, requests.size());
        assertEquals(requests.get(0).getHeader("webhook-id"), requests.get(1).getHeader("webhook-id"));
        WebhookReceiver.assertVerifies(requests.get(1), hook.secret());
        as(admin)
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                .then()
                .body("items[0].status", equalTo("SUCCEEDED"))
                .body("items[0].attempts", equalTo(2))
                .body("items[0].nextAttemptAt", equalTo(null));
    }

    @Test
    void shouldDeliverASubjectsEventsInOrderWhileOthersGoOn() throws Exception {
        receiver.stubFor(post("/ordered")
                .inScenario("ordered")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        receiver.stubFor(post("/ordered")
                .inScenario("ordered")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        subscribe("/ordered", "key_result.checked_in");
        clock.set(clock.instant());
        List<String> krs = keyResults();
        checkIn(krs.get(0), 1);
        clock.advance(Duration.ofMillis(10));
        checkIn(krs.get(0), 2);
        clock.advance(Duration.ofMillis(10));
        checkIn(krs.get(1), 3);
        deliver();
        // the first check-in failed: the second of the same key result waits, the other key result's goes
        List<Integer> values = values(received("/ordered"));
        assertEquals(List.of(1, 3), values.stream().sorted().toList());
        assertTrue(values.indexOf(1) == 0 || values.indexOf(3) == 0);
        clock.advance(Duration.ofSeconds(6));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        List<Integer> all = values(received("/ordered"));
        assertEquals(4, all.size(), "the failed one again, then the waiting one: " + all);
        List<Integer> firstKeyResult = all.stream().filter(v -> v != 3).toList();
        assertEquals(List.of(1, 1, 2), firstKeyResult);
    }

    private List<Integer> values(List<LoggedRequest> requests) throws Exception {
        List<LoggedRequest> sorted = requests.stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
        java.util.ArrayList<Integer> values = new java.util.ArrayList<>();
        for (LoggedRequest request : sorted) {
            values.add(body(request).path("data").path("checkIn").path("value").asInt());
        }
        return values;
    }

    @Test
    void shouldRedeliverOnRequestWithTheSameId() {
        receiver.stubFor(post("/again").willReturn(aResponse().withStatus(200)));
        Created hook = subscribe("/again", "key_result.checked_in");
        checkIn(keyResults().get(0), 5);
        deliver();
        String delivery = as(admin)
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                .then()
                .extract()
                .path("items[0].id");
        as(admin)
                .post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));
        dispatcher.dispatchDue();
        List<LoggedRequest> requests = received("/again");
        assertEquals(2, requests.size());
        assertEquals(requests.get(0).getHeader("webhook-id"), requests.get(1).getHeader("webhook-id"));
        as(admin)
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                .then()
                .body("items[0].status", equalTo("SUCCEEDED"))
                .body("items[0].attempts", equalTo(2));
        as(admin)
                .post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + java.util.UUID.randomUUID() + "/redeliver")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldDisableAWebhookThatKeepsFailingAndTellTheAdmins() {
        receiver.stubFor(post("/down").willReturn(aResponse().withStatus(500)));
        Created hook = subscribe("/down", "key_result.checked_in");
        clock.set(clock.instant());
        checkIn(keyResults().get(0), 9);
        deliver();
        clock.advance(Duration.ofSeconds(6));
        dispatcher.dispatchDue();
        as(admin).get("/api/v1/webhooks/" + hook.id()).then().body("enabled", equalTo(true));
        clock.advance(Duration.ofHours(25));
        dispatcher.dispatchDue();
        assertEquals(3, received("/down").size());
        as(admin)
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                .then()
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].attempts", equalTo(3));
        as(admin)
                .get("/api/v1/webhooks/" + hook.id())
                .then()
                .body("enabled", equalTo(false))
                .body("disabledReason", containsString("failed attempts"));
        as(admin).get("/api/v1/notifications").then().statusCode(200).body("items.kind", hasItem("WEBHOOK_DISABLED"));
        // while disabled nothing is sent; redelivery asks to enable first
        checkIn(keyResults().get(0), 10);
        deliver();
        assertEquals(3, received("/down").size());
    }

    @Test
    void shouldSignWithBothSecretsDuringARotation() throws Exception {
        receiver.stubFor(post("/rotated").willReturn(aResponse().withStatus(200)));
        Created hook = subscribe("/rotated", "key_result.checked_in");
        String fresh = as(admin)
                .body(Map.of("version", 0))
                .post("/api/v1/webhooks/" + hook.id() + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("webhook.previousSecretExpiresAt", notNullValue())
                .extract()
                .path("secret");
        checkIn(keyResults().get(0), 11);
        deliver();
        LoggedRequest request = received("/rotated").get(0);
        assertEquals(2, request.getHeader("webhook-signature").split(" ").length);
        WebhookReceiver.assertVerifies(request, fresh);
        WebhookReceiver.assertVerifies(request, hook.secret());
        clock.set(clock.instant().plus(Duration.ofHours(25)));
        checkIn(keyResults().get(0), 12);
        deliver();
        LoggedRequest later = received("/rotated").stream()
                .filter(r -> !r.getHeader("webhook-id").equals(request.getHeader("webhook-id")))
                .findFirst()
                .orElseThrow();
        assertEquals(1, later.getHeader("webhook-signature").split(" ").length);
        WebhookReceiver.assertVerifies(later, fresh);
        assertFalse(WebhookReceiver.verifies(later, hook.secret()));
    }
}
