package app.cairn.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Consumers that exist only in tests: they count what the outbox handed them. */
final class TestConsumers {

    static final String COUNTED = "test.counted";
    static final String FLAKY = "test.flaky";

    private TestConsumers() {}

    /** Counts each event it handles. */
    abstract static class Counter implements OutboxConsumer {
        final Map<UUID, AtomicInteger> handled = new ConcurrentHashMap<>();

        /** How often the event was handled (a method: fields of a CDI client proxy are not the bean's). */
        int count(UUID id) {
            AtomicInteger count = handled.get(id);
            return count == null ? 0 : count.get();
        }

        @Override
        public boolean accepts(String type) {
            return COUNTED.equals(type);
        }

        @Override
        public void handle(OutboxEvent event) {
            handled.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

    @ApplicationScoped
    static class Counting extends Counter {
        @Override
        public String name() {
            return "test-counting";
        }
    }

    /** A second, independent consumer of the same events. */
    @ApplicationScoped
    static class Second extends Counter {
        @Override
        public String name() {
            return "test-second";
        }
    }

    /** Fails the first `failures` times it sees an event. */
    @ApplicationScoped
    static class Flaky implements OutboxConsumer {
        private volatile int failures = 2;

        void failFirst(int times) {
            failures = times;
        }

        final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

        @Override
        public String name() {
            return "test-flaky";
        }

        @Override
        public boolean accepts(String type) {
            return FLAKY.equals(type);
        }

        @Override
        public void handle(OutboxEvent event) throws Exception {
            int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger())
                    .incrementAndGet();
            if (attempt <= failures) {
                throw new java.io.IOException("SMTP said no (attempt " + attempt + ")");
            }
        }
    }
}
