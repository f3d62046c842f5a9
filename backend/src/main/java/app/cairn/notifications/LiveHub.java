package app.cairn.notifications;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open SSE streams of this instance, by person. {@link LiveListener} hands it what PostgreSQL
 * announced; each stream gets only its own person's events. Events are invalidation signals (what
 * changed, never content): the SPA refetches through the API, which applies the visibility rules.
 */
@ApplicationScoped
public class LiveHub {

    private record Stream(SseEventSink sink, Sse sse) {}

    private final Map<UUID, Set<Stream>> streams = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis());

    public void open(UUID personId, SseEventSink sink, Sse sse) {
        Stream stream = new Stream(sink, sse);
        streams.computeIfAbsent(personId, id -> ConcurrentHashMap.newKeySet()).add(stream);
        send(personId, stream, "ready");
    }

    /** Sends `topic` (notifications, tasks) to every open stream of the person on this instance. */
    public void publish(UUID personId, String topic) {
        Set<Stream> mine = streams.get(personId);
        if (mine != null) {
            mine.forEach(stream -> send(personId, stream, topic));
        }
    }

    /** Sends `topic` to every open stream on this instance (after missed notices: everyone refetches). */
    public void publishAll(String topic) {
        streams.forEach((person, set) -> set.forEach(stream -> send(person, stream, topic)));
    }

    public int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    /** A comment line every 20 s keeps proxies from closing idle streams and finds closed ones. */
    @Scheduled(every = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        publishAll("ping");
    }

    private void send(UUID personId, Stream stream, String topic) {
        if (stream.sink().isClosed()) {
            drop(personId, stream);
            return;
        }
        stream.sink()
                .send(stream.sse()
                        .newEventBuilder()
                        .id(Long.toString(ids.incrementAndGet()))
                        .name(topic)
                        .data("{\"topic\":\"" + topic + "\"}")
                        .build())
                .whenComplete((ok, error) -> {
                    if (error != null) {
                        Log.debugf("Closing a live stream of %s: %s", personId, error.getMessage());
                        drop(personId, stream);
                    }
                });
    }

    private void drop(UUID personId, Stream stream) {
        Set<Stream> mine = streams.get(personId);
        if (mine != null) {
            mine.remove(stream);
            try {
                stream.sink().close();
            } catch (RuntimeException ignored) {
                // already closed
            }
        }
    }
}
