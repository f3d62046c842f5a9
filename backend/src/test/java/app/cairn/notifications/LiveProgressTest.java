package app.cairn.notifications;

import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.LiveStreams;
import app.cairn.support.LiveStreams.Event;
import app.cairn.support.LiveStreams.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * `objective.progress` on the live stream: sent after a check-in to everyone connected who may see
 * the objective (by the API's visibility rules), and replayed after a reconnect just as filtered.
 */
@QuarkusTest
class LiveProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    TestOrg org;
    String employee;
    String manager;
    String peer;
    String secret;
    String open;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        employee = fixtures.token(org.employee());
        manager = fixtures.token(org.manager());
        peer = fixtures.token(org.peer());
        secret = Api.createActive(
                employee,
                manager,
                Api.with(Api.objective("Secret plan", "INDIVIDUAL", org.period().id), "visibility", "PRIVATE"));
        open = Api.createActive(employee, manager, Api.objective("Open plan", "INDIVIDUAL", org.period().id));
    }

    @Test
    void shouldSendAReportsProgressToTheirManagerButAPrivateOneNeverToAPeerOrAnotherOrganization() throws Exception {
        TestOrg other = fixtures.org();
        try (Stream managers = LiveStreams.open(manager);
                Stream peers = LiveStreams.open(peer);
                Stream outsiders = LiveStreams.open(fixtures.token(other.admin()))) {
            managers.next("ready");
            peers.next("ready");
            outsiders.next("ready");

            checkIn(employee, secret, "AT_RISK");
            JsonNode seen = progress(managers.next(about(secret, "AT_RISK"), "secret at risk"), secret);
            assertEquals("ACTIVE", seen.path("status").asText());
            assertTrue(seen.has("progress"));

            checkIn(employee, open, "OFF_TRACK");
            managers.next(about(open, "OFF_TRACK"), "open off track");
            // events come in commit order: had the peer been sent the private one, it would come first
            List<Event> peerSaw = until(peers, about(open, "OFF_TRACK"));
            peerSaw.forEach(event -> assertFalse(event.data().contains(secret), "the peer never hears of it"));

            Event leaked;
            while ((leaked = outsiders.nextOrNull(Duration.ofSeconds(2))) != null) {
                assertFalse(leaked.name().equals(LiveHub.PROGRESS), "another organization hears nothing: " + leaked);
            }
        }
    }

    @Test
    void shouldReplayWhatAReconnectingClientMissedAsFarAsTheyMaySee() throws Exception {
        String managerFrom;
        String peerFrom;
        try (Stream managers = LiveStreams.open(manager);
                Stream peers = LiveStreams.open(peer)) {
            managers.next("ready");
            peers.next("ready");
            raise(org.manager().id.toString());
            raise(org.peer().id.toString());
            managerFrom = managers.next("tasks").id();
            peerFrom = peers.next("tasks").id();
        }
        // both are away: the employee checks in twice, and sees both events arrive (so they are kept)
        try (Stream own = LiveStreams.open(employee)) {
            own.next("ready");
            checkIn(employee, secret, "AT_RISK");
            checkIn(employee, open, "OFF_TRACK");
            until(own, about(open, "OFF_TRACK"));
        }

        try (Stream managers = LiveStreams.open(manager, managerFrom)) {
            String missed = String.join(" ", names(until(managers, e -> e.name().equals("ready"))));
            assertTrue(missed.contains(secret) && missed.contains(open), missed);
        }
        try (Stream peers = LiveStreams.open(peer, peerFrom)) {
            List<Event> replayed = until(peers, e -> e.name().equals("ready"));
            String missed = String.join(" ", names(replayed));
            assertTrue(missed.contains(open), missed);
            assertFalse(missed.contains(secret), "the peer is not replayed the private objective");
            assertFalse(missed.contains("resync"), missed);
            assertNotNull(replayed.get(replayed.size() - 1).id(), "ready names where to reconnect from");
        }
    }

    private static void checkIn(String token, String objectiveId, String health) {
        as(token)
                .body(Map.of("health", health, "comment", "Live"))
                .post("/api/v1/objectives/" + objectiveId + "/check-ins")
                .then()
                .statusCode(201);
    }

    /** A progress event naming the objective with that health. */
    private static java.util.function.Predicate<Event> about(String objectiveId, String health) {
        return event -> {
            if (!event.name().equals(LiveHub.PROGRESS)) {
                return false;
            }
            JsonNode item = progress(event, objectiveId);
            return item != null && item.path("health").asText().equals(health);
        };
    }

    private static JsonNode progress(Event event, String objectiveId) {
        try {
            for (JsonNode item : JSON.readTree(event.data()).path("objectives")) {
                if (item.path("id").asText().equals(objectiveId)) {
                    return item;
                }
            }
            return null;
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }

    /** The events up to and including the first that matches. */
    private static List<Event> until(Stream stream, java.util.function.Predicate<Event> last) throws Exception {
        List<Event> events = new ArrayList<>();
        while (true) {
            Event event = stream.next();
            events.add(event);
            if (last.test(event)) {
                return events;
            }
        }
    }

    private static List<String> names(List<Event> events) {
        return events.stream().map(e -> e.name() + ":" + e.data()).toList();
    }

    /** A tasks notice for the person, as any instance raises one: the stream's position to reconnect from. */
    private void raise(String personId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select pg_notify(?, nextval('live_event_ids') || '|' || ? || '|' || ? || '|tasks|')")) {
            s.setString(1, LiveEvents.CHANNEL);
            s.setString(2, org.org().id.toString());
            s.setString(3, personId);
            s.execute();
        }
    }
}
