package app.cairn.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    @Inject
    DomainEvents events;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    TestConsumers.Counting counting;

    @Inject
    TestConsumers.Second second;

    @Inject
    TestConsumers.Flaky flaky;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldDeliverEachEventExactlyOnceToEachConsumerWithParallelDispatchers() throws Exception {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> published = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                published.add(events.publish(TestConsumers.COUNTED, null, Map.of("subjectId", UUID.randomUUID())));
            }
            return published;
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> dispatchers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                dispatchers.add(dispatcher::dispatchDue);
            }
            for (Future<Integer> done : pool.invokeAll(dispatchers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        waitUntil(() -> undelivered(ids) == 0);
        for (UUID id : ids) {
            assertEquals(1, counting.count(id), "the first consumer handled " + id + " once");
            assertEquals(1, second.count(id), "the second consumer handled " + id + " once");
        }
    }

    @Test
    void shouldDropTheEventsOfARolledBackTransaction() {
        UUID[] id = new UUID[1];
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    id[0] = events.publish(TestConsumers.COUNTED, null, Map.of("subjectId", UUID.randomUUID()));
                    throw new IllegalStateException("the business rule failed");
                }));
        dispatcher.dispatchDue();
        assertEquals(0L, count("select count(*) from outbox_events where id = '" + id[0] + "'"));
        assertEquals(0, counting.count(id[0]));
    }

    @Test
    void shouldRefuseToPublishOutsideATransaction() {
        assertThrows(IllegalStateException.class, () -> events.publish(TestConsumers.COUNTED, null, Map.of()));
    }

    @Test
    void shouldRetryAFailingConsumerWithBackOffAndRecordItsError() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        flaky.failFirst(2);
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> events.publish(TestConsumers.FLAKY, null, Map.of("subjectId", UUID.randomUUID())));
        // the after-commit wake-up claims it (attempts = 1) and records the error in a later transaction
        waitUntil(() -> delivery(id, "test-flaky")[1] != null);
        dispatcher.dispatchDue();
        Object[] row = delivery(id, "test-flaky");
        assertEquals(1, ((Number) row[0]).intValue(), "one attempt while the clock stands still");
        assertTrue(((String) row[1]).contains("SMTP said no (attempt 1)"), "the error is recorded: " + row[1]);
        assertNull(row[2], "not delivered yet");

        clock.advance(Duration.ofSeconds(6)); // past the first back-off (5 s)
        dispatcher.dispatchDue();
        assertEquals(2, attempts(id));
        clock.advance(Duration.ofSeconds(6)); // the second back-off is 10 s: still waiting
        dispatcher.dispatchDue();
        assertEquals(2, attempts(id));
        clock.advance(Duration.ofSeconds(6));
        dispatcher.dispatchDue();
        row = delivery(id, "test-flaky");
        assertEquals(3, ((Number) row[0]).intValue());
        assertNull(row[1], "the error is cleared once delivered");
        assertNotNull(row[2], "delivered on the third attempt");
    }

    @Test
    void shouldTakeOverTheDeliveriesOfACrashedDispatcherOnceItsLeaseRunsOut() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            UUID published = events.publish(TestConsumers.COUNTED, null, Map.of("subjectId", UUID.randomUUID()));
            // a dispatcher claimed it, then its process died before it delivered
            em.createNativeQuery("update outbox_deliveries set claim = gen_random_uuid(), attempts = 1,"
                            + " locked_until = next_attempt_at + interval '5 minutes' where event_id = :id")
                    .setParameter("id", published)
                    .executeUpdate();
            return published;
        });
        dispatcher.dispatchDue();
        assertEquals(0, counting.count(id), "leased to the crashed dispatcher");

        clock.advance(Duration.ofMinutes(6));
        dispatcher.dispatchDue();
        waitUntil(() -> undelivered(List.of(id)) == 0);
        assertEquals(1, counting.count(id));
        assertEquals(1, second.count(id));
    }

    @Test
    void shouldDoubleTheBackOffUpToItsCeiling() {
        assertEquals(Duration.ofSeconds(5), dispatcher.backoff(1));
        assertEquals(Duration.ofSeconds(40), dispatcher.backoff(4));
        assertEquals(Duration.ofHours(1), dispatcher.backoff(30));
    }

    private long undelivered(List<UUID> ids) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from outbox_deliveries where event_id in (:ids) and delivered_at is null")
                                .setParameter("ids", ids)
                                .getSingleResult())
                        .longValue());
    }

    private int attempts(UUID id) {
        return ((Number) delivery(id, "test-flaky")[0]).intValue();
    }

    private Object[] delivery(UUID id, String consumer) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (Object[])
                        em.createNativeQuery("select attempts, last_error, delivered_at from outbox_deliveries"
                                        + " where event_id = :id and consumer = :consumer")
                                .setParameter("id", id)
                                .setParameter("consumer", consumer)
                                .getSingleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
