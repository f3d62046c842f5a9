package app.cairn.notifications;

import app.cairn.notifications.LiveStream.Outgoing;
import app.cairn.objectives.ObjectiveViewers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The open SSE streams of this instance. {@link LiveListener} hands it every event PostgreSQL
 * announced: an event for one person goes to that person's streams; an objective progress event goes
 * to each connected person of the organization who may see the objective — one {@link
 * ObjectiveViewers} query per event for all of them, on a thread of its own. Events are kept in
 * {@link LiveReplay}, so a client reconnecting with `Last-Event-ID` gets what it missed, filtered the
 * same way, or `resync` when that is no longer known.
 */
@ApplicationScoped
public class LiveHub {

    static final String READY = "ready";
    static final String PING = "ping";
    static final String RESYNC = "resync";
    static final String NOTIFICATIONS = "notifications";
    static final String TASKS = "tasks";
    static final String PROGRESS = "objective.progress";

    private final Map<UUID, Set<LiveStream>> streams = new ConcurrentHashMap<>();
    private final LiveReplay replay;
    private final ObjectiveViewers viewers;
    private final ObjectMapper mapper;
    private final ExecutorService fanOut = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-fan-out");
        thread.setDaemon(true);
        return thread;
    });

    public LiveHub(LiveReplay replay, ObjectiveViewers viewers, ObjectMapper mapper) {
        this.replay = replay;
        this.viewers = viewers;
        this.mapper = mapper;
    }

    /**
     * Opens a stream: first what the person missed since `lastEventId` (null: a new stream) or, when
     * that event is unknown here, `resync`; then `ready`, whose id is the newest event (a reconnect
     * replays from it); then live events.
     */
    public void open(UUID orgId, UUID personId, String lastEventId, SseEventSink sink, Sse sse) {
        LiveStream stream = new LiveStream(orgId, personId, sink, sse, this::drop);
        Optional<List<LiveEvent>> missed;
        Optional<String> newest;
        synchronized (this) {
            streams.compute(personId, (id, mine) -> {
                Set<LiveStream> set = mine == null ? ConcurrentHashMap.<LiveStream>newKeySet() : mine;
                set.add(stream);
                return set;
            });
            missed = lastEventId == null ? Optional.of(List.of()) : replay.after(lastEventId);
            newest = replay.newestId();
        }
        List<Outgoing> first = new ArrayList<>();
        try {
            missed.ifPresentOrElse(events -> first.addAll(missedBy(stream, events)), () -> first.add(signal(RESYNC)));
        } catch (RuntimeException e) {
            Log.warnf("Could not replay live events to %s: %s", personId, e.getMessage());
            first.clear();
            first.add(signal(RESYNC));
        }
        first.add(new Outgoing(newest.orElse(null), READY, topic(READY)));
        stream.start(first);
    }

    /** An event PostgreSQL announced (in commit order): kept for replay and sent to whom it concerns. */
    void receive(LiveEvent event) {
        synchronized (this) {
            replay.add(event);
            if (!event.forOrganization()) {
                Set<LiveStream> mine = streams.get(event.personId());
                if (mine != null) {
                    Outgoing out = new Outgoing(event.id(), event.topic(), topic(event.topic()));
                    mine.forEach(stream -> stream.send(out));
                }
                return;
            }
        }
        if (PROGRESS.equals(event.topic())) {
            fanOut.execute(() -> deliverProgress(event));
        }
    }

    /** The listener missed notices (its connection dropped): no replay is complete, everyone refetches. */
    synchronized void lost() {
        replay.clear();
        publishAll(RESYNC);
    }

    /** Sends a signal without id (ping, resync) to every open stream on this instance. */
    void publishAll(String name) {
        Outgoing out = signal(name);
        streams.values().forEach(set -> set.forEach(stream -> stream.send(out)));
    }

    public int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    /** A `ping` every 20 s keeps proxies from closing idle streams and finds closed ones. */
    @Scheduled(every = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        publishAll(PING);
    }

    @PreDestroy
    void stop() {
        fanOut.shutdownNow();
    }

    private void deliverProgress(LiveEvent event) {
        List<LiveStream> here = streams.values().stream()
                .flatMap(Set::stream)
                .filter(stream -> stream.orgId.equals(event.orgId()))
                .toList();
        if (here.isEmpty()) {
            return;
        }
        try {
            ArrayNode items = items(event);
            Set<UUID> people = here.stream().map(stream -> stream.personId).collect(Collectors.toSet());
            Map<UUID, Set<UUID>> visible = viewers.visible(event.orgId(), people, ids(items));
            for (LiveStream stream : here) {
                progressFor(event, items, visible.get(stream.personId)).ifPresent(stream::send);
            }
        } catch (RuntimeException e) {
            Log.warnf("Could not deliver live event %s: %s", event.id(), e.getMessage());
        }
    }

    /** The events of `events` for the stream's person, progress cut to what they may see (one query). */
    private List<Outgoing> missedBy(LiveStream stream, List<LiveEvent> events) {
        List<LiveEvent> mine = events.stream()
                .filter(e -> e.orgId().equals(stream.orgId))
                .filter(e -> stream.personId.equals(e.personId()) || PROGRESS.equals(e.topic()))
                .toList();
        Set<UUID> objectives = mine.stream()
                .filter(LiveEvent::forOrganization)
                .flatMap(e -> ids(items(e)).stream())
                .collect(Collectors.toSet());
        Set<UUID> visible = viewers.visible(stream.orgId, Set.of(stream.personId), objectives)
                .getOrDefault(stream.personId, Set.of());
        List<Outgoing> out = new ArrayList<>();
        for (LiveEvent event : mine) {
            if (event.forOrganization()) {
                progressFor(event, items(event), visible).ifPresent(out::add);
            } else {
                out.add(new Outgoing(event.id(), event.topic(), topic(event.topic())));
            }
        }
        return out;
    }

    /** The progress event with only the objectives in `visible`; empty when none is. */
    private Optional<Outgoing> progressFor(LiveEvent event, ArrayNode items, Set<UUID> visible) {
        if (visible == null || visible.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode data = mapper.createObjectNode().put("topic", PROGRESS);
        ArrayNode mine = data.putArray("objectives");
        for (JsonNode item : items) {
            if (visible.contains(UUID.fromString(item.path("id").asText()))) {
                mine.add(item);
            }
        }
        return mine.isEmpty() ? Optional.empty() : Optional.of(new Outgoing(event.id(), PROGRESS, data.toString()));
    }

    private ArrayNode items(LiveEvent event) {
        try {
            return (ArrayNode) mapper.readTree(event.data());
        } catch (Exception e) {
            throw new IllegalStateException("Live event " + event.id() + " does not carry a list of objectives", e);
        }
    }

    private static Set<UUID> ids(ArrayNode items) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(item -> UUID.fromString(item.path("id").asText()))
                .collect(Collectors.toSet());
    }

    private void drop(LiveStream stream) {
        streams.computeIfPresent(stream.personId, (id, mine) -> {
            mine.remove(stream);
            return mine.isEmpty() ? null : mine;
        });
        stream.close();
    }

    private static Outgoing signal(String name) {
        return new Outgoing(null, name, topic(name));
    }

    private static String topic(String name) {
        return "{\"topic\":\"" + name + "\"}";
    }
}
