package app.cairn.common.outbox;

import app.cairn.common.config.CairnConfig;
import app.cairn.common.persistence.SqlValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hands outbox deliveries to their consumers. Every instance runs it (on a poll, and right after a
 * commit that published events); instances never deliver the same row twice: a round claims due rows
 * with {@code FOR UPDATE SKIP LOCKED} and leases them under a fresh claim id, and a delivery is marked
 * done only by the holder of its current claim, in the consumer's own transaction.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Map<String, OutboxConsumer> consumers;
    private final CairnConfig.Outbox config;
    private final Clock clock;

    public OutboxDispatcher(
            EntityManager em,
            ObjectMapper mapper,
            @All List<OutboxConsumer> consumers,
            CairnConfig config,
            Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.consumers = consumers.stream().collect(Collectors.toMap(OutboxConsumer::name, c -> c));
        this.config = config.outbox();
        this.clock = clock;
    }

    @Scheduled(
            every = "${cairn.outbox.poll-interval:2s}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dispatchDue();
    }

    /** Delivers every due delivery (until none is left); returns how many were delivered. */
    public int dispatchDue() {
        if (consumers.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        while (true) {
            UUID claim = UUID.randomUUID();
            List<Delivery> batch = QuarkusTransaction.requiringNew().call(() -> claim(claim));
            if (batch.isEmpty()) {
                return delivered;
            }
            for (Delivery delivery : batch) {
                if (deliver(delivery, claim)) {
                    delivered++;
                }
            }
        }
    }

    private record Delivery(OutboxEvent event, String consumer, int attempts) {}

    private List<Delivery> claim(UUID claim) {
        OffsetDateTime now = now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update outbox_deliveries d
                           set claim = :claim, locked_until = :until, attempts = d.attempts + 1
                          from outbox_events e
                         where e.id = d.event_id
                           and (d.event_id, d.consumer) in (
                                select event_id, consumer from outbox_deliveries
                                 where delivered_at is null and failed_at is null
                                   and next_attempt_at <= :now
                                   and (locked_until is null or locked_until < :now)
                                   and consumer in (:consumers)
                                 order by next_attempt_at
                                 limit :batch
                                   for update skip locked)
                        returning e.id, e.org_id, e.type, cast(e.payload as text), e.created_at, d.consumer, d.attempts
                        """)
                .setParameter("claim", claim)
                .setParameter("until", now.plus(config.lease()))
                .setParameter("now", now)
                .setParameter("consumers", consumers.keySet())
                .setParameter("batch", config.batch())
                .getResultList();
        return rows.stream()
                .map(r -> new Delivery(
                        new OutboxEvent(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                payload((String) r[3]),
                                SqlValues.instant(r[4])),
                        (String) r[5],
                        ((Number) r[6]).intValue()))
                .toList();
    }

    private boolean deliver(Delivery delivery, UUID claim) {
        OutboxConsumer consumer = consumers.get(delivery.consumer());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    consumer.handle(delivery.event());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new DeliveryFailed(e);
                }
                int marked = em.createNativeQuery("update outbox_deliveries"
                                + " set delivered_at = :now, locked_until = null, last_error = null"
                                + " where event_id = :event and consumer = :consumer and claim = :claim")
                        .setParameter("now", now())
                        .setParameter("event", delivery.event().id())
                        .setParameter("consumer", delivery.consumer())
                        .setParameter("claim", claim)
                        .executeUpdate();
                if (marked != 1) {
                    // the lease ran out and another dispatcher took the delivery over: undo this one
                    throw new IllegalStateException("Lost the claim on the delivery");
                }
            });
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof DeliveryFailed ? e.getCause() : e;
            Log.warnf(
                    "Outbox consumer %s failed on %s %s (attempt %d): %s",
                    delivery.consumer(),
                    delivery.event().type(),
                    delivery.event().id(),
                    delivery.attempts(),
                    cause.toString());
            QuarkusTransaction.requiringNew().run(() -> recordFailure(delivery, claim, cause));
            return false;
        }
    }

    private void recordFailure(Delivery delivery, UUID claim, Throwable cause) {
        OffsetDateTime now = now();
        boolean last = delivery.attempts() >= config.maxAttempts();
        em.createNativeQuery("update outbox_deliveries"
                        + " set claim = null, locked_until = null, last_error = :error, next_attempt_at = :next,"
                        + " failed_at = :failed"
                        + " where event_id = :event and consumer = :consumer and claim = :claim")
                .setParameter("error", truncate(cause.toString()))
                .setParameter("next", now.plus(backoff(delivery.attempts())))
                .setParameter("failed", last ? now : null)
                .setParameter("event", delivery.event().id())
                .setParameter("consumer", delivery.consumer())
                .setParameter("claim", claim)
                .executeUpdate();
    }

    /** The wait after the n-th failed attempt: backoff × 2^(n-1), at most max-backoff. */
    Duration backoff(int attempts) {
        Duration wait = config.backoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** Deletes delivered events past their retention, and delivered account mails (they hold a link token) at once. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        OffsetDateTime now = now();
        int purged = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        delete from outbox_events e
                         where (e.created_at < :before or e.type like 'account.%')
                           and not exists (select 1 from outbox_deliveries d
                                            where d.event_id = e.id and d.delivered_at is null)
                        """)
                        .setParameter("before", now.minus(config.retention()))
                        .executeUpdate());
        Log.debugf("Purged %d delivered outbox events", purged);
    }

    private ObjectNode payload(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("An outbox payload is not JSON", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /** A checked exception of a consumer, carried through the transaction. */
    private static final class DeliveryFailed extends RuntimeException {
        DeliveryFailed(Exception cause) {
            super(cause);
        }
    }
}
