package app.cairn.notifications;

import app.cairn.common.config.CairnConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The latest live events this instance heard (all people, all organizations), in the order
 * PostgreSQL delivered them — the commit order, the same on every instance — so that a client
 * reconnecting with `Last-Event-ID`, to this instance or another, gets what it missed. Bounded by
 * `cairn.live.replay-size` events and `cairn.live.replay-window`; an id no longer (or never) here
 * cannot be replayed from, and the client is told to resync.
 */
@ApplicationScoped
public class LiveReplay {

    private final int size;
    private final Duration window;
    private final Clock clock;
    private final ArrayDeque<LiveEvent> events = new ArrayDeque<>();

    public LiveReplay(CairnConfig config, Clock clock) {
        this.size = config.live().replaySize();
        this.window = config.live().replayWindow();
        this.clock = clock;
    }

    synchronized void add(LiveEvent event) {
        events.addLast(event);
        while (events.size() > size) {
            events.removeFirst();
        }
    }

    /** Forgets everything: after the listener missed notices, no replay may pretend to be complete. */
    synchronized void clear() {
        events.clear();
    }

    /** The events after `lastEventId`, oldest first; empty when that event is not (or no longer) here. */
    synchronized Optional<List<LiveEvent>> after(String lastEventId) {
        evictExpired();
        List<LiveEvent> newer = new ArrayList<>();
        Iterator<LiveEvent> newestFirst = events.descendingIterator();
        while (newestFirst.hasNext()) {
            LiveEvent event = newestFirst.next();
            if (event.id().equals(lastEventId)) {
                Collections.reverse(newer);
                return Optional.of(newer);
            }
            newer.add(event);
        }
        return Optional.empty();
    }

    /** The id of the newest event kept: a stream opens at it, so a reconnect can replay from there. */
    synchronized Optional<String> newestId() {
        evictExpired();
        return events.isEmpty()
                ? Optional.empty()
                : Optional.of(events.getLast().id());
    }

    private void evictExpired() {
        Instant oldest = clock.instant().minus(window);
        while (!events.isEmpty() && events.getFirst().at().isBefore(oldest)) {
            events.removeFirst();
        }
    }
}
