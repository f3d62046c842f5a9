package app.cairn.notifications;

import io.quarkus.logging.Log;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One open SSE stream of a person. Until {@link #start} has sent what the client missed and `ready`,
 * live events wait in a backlog, so the client reads them in order; a live event already sent in the
 * replay is not sent twice. Writes are serialized per stream.
 */
final class LiveStream {

    /** What a stream is sent; `id` is null for what cannot be replayed (ping, resync, ready before any event). */
    record Outgoing(String id, String name, String data) {}

    final UUID orgId;
    final UUID personId;
    private final SseEventSink sink;
    private final Sse sse;
    private final Consumer<LiveStream> onClosed;
    private List<Outgoing> backlog = new ArrayList<>();
    private Set<String> replayed = Set.of();

    LiveStream(UUID orgId, UUID personId, SseEventSink sink, Sse sse, Consumer<LiveStream> onClosed) {
        this.orgId = orgId;
        this.personId = personId;
        this.sink = sink;
        this.sse = sse;
        this.onClosed = onClosed;
    }

    synchronized void send(Outgoing event) {
        if (event.id() != null && replayed.contains(event.id())) {
            return;
        }
        if (backlog != null) {
            backlog.add(event);
        } else {
            write(event);
        }
    }

    /** Sends `first` (the replay or resync, then ready), then what arrived meanwhile; live from then on. */
    synchronized void start(List<Outgoing> first) {
        replayed = first.stream()
                .filter(event -> !event.name().equals(LiveHub.READY))
                .map(Outgoing::id)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        first.forEach(this::write);
        List<Outgoing> arrived = backlog;
        backlog = null;
        arrived.forEach(this::send);
    }

    void close() {
        try {
            sink.close();
        } catch (RuntimeException ignored) {
            // already closed
        }
    }

    private void write(Outgoing event) {
        if (sink.isClosed()) {
            onClosed.accept(this);
            return;
        }
        OutboundSseEvent.Builder builder =
                sse.newEventBuilder().name(event.name()).data(event.data());
        if (event.id() != null) {
            builder.id(event.id());
        }
        sink.send(builder.build()).whenComplete((ok, error) -> {
            if (error != null) {
                Log.debugf("Closing a live stream of %s: %s", personId, error.getMessage());
                onClosed.accept(this);
            }
        });
    }
}
