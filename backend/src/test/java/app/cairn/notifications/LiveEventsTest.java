package app.cairn.notifications;

import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SSE stream: fed through PostgreSQL LISTEN/NOTIFY after commit, filtered per person. */
@QuarkusTest
class LiveEventsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/api/v1/events")
    URL events;

    @Test
    void shouldPushANewNotificationToItsRecipientsStreamOnlyAfterCommit() throws Exception {
        TestOrg org = fixtures.org();
        BlockingQueue<String> employeeEvents = open(fixtures.token(org.employee()));
        BlockingQueue<String> peerEvents = open(fixtures.token(org.peer()));
        assertEquals("ready", employeeEvents.poll(20, TimeUnit.SECONDS));
        assertEquals("ready", peerEvents.poll(20, TimeUnit.SECONDS));

        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ONE_TO_ONE");
        body.put(
                "participantIds",
                List.of(org.manager().id.toString(), org.employee().id.toString()));
        body.put(
                "startsAt",
                Instant.now()
                        .plus(2, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.HOURS)
                        .toString());
        body.put("durationMinutes", 30);
        body.put("recurrence", "NONE");
        Instant sent = Instant.now();
        as(fixtures.token(org.manager()))
                .body(body)
                .post("/api/v1/sessions")
                .then()
                .statusCode(201);

        assertEquals("notifications", next(employeeEvents));
        assertTrue(Duration.between(sent, Instant.now()).toMillis() < 10_000, "delivered without waiting for a poll");
        assertEquals(null, nextOrNull(peerEvents), "the peer hears nothing of it");
    }

    @Test
    void shouldRelayANoticeRaisedByAnotherInstance() throws Exception {
        TestOrg org = fixtures.org();
        BlockingQueue<String> stream = open(fixtures.token(org.employee()));
        assertEquals("ready", stream.poll(20, TimeUnit.SECONDS));
        // another instance commits a change: it only shares the database with this one
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
            s.setString(1, LiveEvents.CHANNEL);
            s.setString(2, org.org().id + "|" + org.employee().id + "|tasks");
            s.execute();
        }
        assertEquals("tasks", next(stream));
    }

    /**
     * A database restart cuts the listener's connection: it listens again within seconds, tells every
     * open stream to refetch what it may have missed, and relays notices as before.
     */
    @Test
    void shouldListenAgainAfterItsConnectionIsCut() throws Exception {
        TestOrg org = fixtures.org();
        BlockingQueue<String> stream = open(fixtures.token(org.employee()));
        assertEquals("ready", stream.poll(20, TimeUnit.SECONDS));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet cut = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where application_name = 'cairn-live-listener' and datname = current_database()")) {
            cut.next();
            assertTrue(cut.getInt(1) >= 1, "the listener has a connection of its own");
        }
        assertEquals(
                Set.of("notifications", "tasks"),
                new java.util.HashSet<>(List.of(next(stream), next(stream))),
                "refetch everything");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
            s.setString(1, LiveEvents.CHANNEL);
            s.setString(2, org.org().id + "|" + org.employee().id + "|tasks");
            s.execute();
        }
        assertEquals("tasks", next(stream));
    }

    /** An open stream holds no database connection: more streams than the pool has still leave it free. */
    @Test
    void shouldKeepNoDatabaseConnectionForAnOpenStream() throws Exception {
        TestOrg org = fixtures.org();
        String token = fixtures.token(org.employee());
        int streams =
                dataSource.getConfiguration().connectionPoolConfiguration().maxSize() + 5;
        List<BlockingQueue<String>> open = new java.util.ArrayList<>();
        for (int i = 0; i < streams; i++) {
            open.add(open(token));
        }
        for (BlockingQueue<String> stream : open) {
            assertEquals("ready", next(stream));
        }
        as(token).get("/api/v1/me").then().statusCode(200);
    }

    private BlockingQueue<String> open(String token) throws Exception {
        BlockingQueue<String> names = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(events.toString()))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.io.InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body()))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        String name = line.substring(6).trim();
                        if (!name.equals("ping")) {
                            names.add(name);
                        }
                    }
                }
            } catch (Exception ignored) {
                // the test ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return names;
    }

    private static String next(BlockingQueue<String> names) throws InterruptedException {
        String name = names.poll(20, TimeUnit.SECONDS);
        assertTrue(name != null, "no event arrived");
        return name;
    }

    private static String nextOrNull(BlockingQueue<String> names) throws InterruptedException {
        return names.poll(2, TimeUnit.SECONDS);
    }
}
