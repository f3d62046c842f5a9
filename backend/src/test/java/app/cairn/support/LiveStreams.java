package app.cairn.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Opens the live stream (`GET /api/v1/events`) as the SPA does, and reads its events (pings left out). */
public final class LiveStreams {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private LiveStreams() {}

    /** One Server-Sent Event: `id` is null when the event carries none. */
    public record Event(String id, String name, String data) {}

    public static Stream open(String token) throws Exception {
        return open(token, null);
    }

    /** Opens a stream as `token`, reconnecting from `lastEventId` when it is not null. */
    public static Stream open(String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/events"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        return new Stream(response.body());
    }

    /** An open stream; closing it drops the connection, as a lost network would. */
    public static final class Stream implements AutoCloseable {

        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final InputStream body;

        private Stream(InputStream body) {
            this.body = body;
            Thread reader = new Thread(this::read, "test-live-stream");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next event, waiting up to 20 s for it. */
        public Event next() throws InterruptedException {
            Event event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(event, "no event arrived");
            return event;
        }

        /** The next event named `name`, passing over others, waiting up to 20 s. */
        public Event next(String name) throws InterruptedException {
            return next(event -> event.name().equals(name), name);
        }

        /** The next event that matches, passing over others, waiting up to 20 s. */
        public Event next(Predicate<Event> wanted, String what) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertNotNull(event, "no " + what + " event arrived");
                if (wanted.test(event)) {
                    return event;
                }
            }
        }

        /** The next event if one comes within `wait`, else null. */
        public Event nextOrNull(Duration wait) throws InterruptedException {
            return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (Exception ignored) {
                // already closed
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body))) {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (name != null && !name.equals("ping")) {
                            events.add(new Event(id, name, data.toString()));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            } catch (Exception ignored) {
                // the stream was closed
            }
        }
    }
}
