package app.cairn.notifications;

import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.sessions.SessionApi;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.LiveStreams;
import app.cairn.support.LiveStreams.Stream;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SSE stream: fed through PostgreSQL LISTEN/NOTIFY after commit, filtered per person. */
@QuarkusTest
class LiveEventsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldPushANewNotificationToItsRecipientsStreamOnlyAfterCommit() throws Exception {
        TestOrg org = fixtures.org();
        try (Stream employeeEvents = LiveStreams.open(fixtures.token(org.employee()));
                Stream peerEvents = LiveStreams.open(fixtures.token(org.peer()))) {
            assertEquals("ready", employeeEvents.next().name());
            assertEquals("ready", peerEvents.next().name());

            Map<String, Object> body = SessionApi.body(
                    org.manager().id,
                    org.employee().id,
                    Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                    "NONE");
            Instant sent = Instant.now();
            as(fixtures.token(org.manager()))
                    .body(body)
                    .post("/api/v1/sessions")
                    .then()
                    .statusCode(201);

            LiveStreams.Event event = employeeEvents.next();
            assertEquals("notifications", event.name());
            assertNotNull(event.id(), "an event a client may reconnect from");
            assertTrue(
                    Duration.between(sent, Instant.now()).toMillis() < 10_000, "delivered without waiting for a poll");
            assertNull(peerEvents.nextOrNull(Duration.ofSeconds(2)), "the peer hears nothing of it");
        }
    }

    @Test
    void shouldRelayANoticeRaisedByAnotherInstance() throws Exception {
        TestOrg org = fixtures.org();
        try (Stream stream = LiveStreams.open(fixtures.token(org.employee()))) {
            assertEquals("ready", stream.next().name());
            // another instance commits a change: it only shares the database with this one
            notifyTasks(org);
            assertEquals("tasks", stream.next().name());
        }
    }

    /**
     * A database restart cuts the listener's connection: it listens again within seconds, tells every
     * open stream to resync (refetch what it may have missed), and relays notices as before; what it
     * kept for replay is gone, so a reconnect from before the cut resyncs too.
     */
    @Test
    void shouldListenAgainAfterItsConnectionIsCut() throws Exception {
        TestOrg org = fixtures.org();
        String token = fixtures.token(org.employee());
        try (Stream stream = LiveStreams.open(token)) {
            assertEquals("ready", stream.next().name());
            notifyTasks(org);
            String before = stream.next("tasks").id();
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet cut = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                            + " where application_name = 'cairn-live-listener' and datname = current_database()")) {
                cut.next();
                assertTrue(cut.getInt(1) >= 1, "the listener has a connection of its own");
            }
            assertEquals("resync", stream.next().name(), "refetch everything");
            notifyTasks(org);
            assertEquals("tasks", stream.next().name());
            try (Stream again = LiveStreams.open(token, before)) {
                assertEquals("resync", again.next().name());
                assertEquals("ready", again.next().name());
            }
        }
    }

    /** An open stream holds no database connection: more streams than the pool has still leave it free. */
    @Test
    void shouldKeepNoDatabaseConnectionForAnOpenStream() throws Exception {
        TestOrg org = fixtures.org();
        String token = fixtures.token(org.employee());
        int streams =
                dataSource.getConfiguration().connectionPoolConfiguration().maxSize() + 5;
        List<Stream> open = new ArrayList<>();
        try {
            for (int i = 0; i < streams; i++) {
                open.add(LiveStreams.open(token));
            }
            for (Stream stream : open) {
                assertEquals("ready", stream.next().name());
            }
            as(token).get("/api/v1/me").then().statusCode(200);
        } finally {
            open.forEach(Stream::close);
        }
    }

    /** A client whose last event this instance does not know (restarted, or too long away) is told to resync. */
    @Test
    void shouldTellAClientReconnectingFromAnUnknownEventToResync() throws Exception {
        TestOrg org = fixtures.org();
        try (Stream stream = LiveStreams.open(fixtures.token(org.employee()), "no-such-event")) {
            assertEquals("resync", stream.next().name());
            assertEquals("ready", stream.next().name());
        }
    }

    /** A tasks notice for the employee, raised from a connection of its own as another instance would. */
    private void notifyTasks(TestOrg org) throws Exception {
        raise(org.org().id, org.employee().id, "tasks");
    }

    private void raise(UUID orgId, UUID personId, String topic) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select pg_notify(?, nextval('live_event_ids') || '|' || ? || '|' || ? || '|' || ? || '|')")) {
            s.setString(1, LiveEvents.CHANNEL);
            s.setString(2, orgId.toString());
            s.setString(3, personId.toString());
            s.setString(4, topic);
            s.execute();
        }
    }
}
