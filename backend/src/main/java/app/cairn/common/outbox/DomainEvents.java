package app.cairn.common.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes domain events into the transactional outbox. Call it inside the business transaction: the
 * event row is written with the change and is delivered only if that transaction commits, after it
 * commits. Event types read `area.verb` (`objective.created`, `session.scheduled`); the payload holds
 * ids, never content.
 */
@ApplicationScoped
public class DomainEvents {

    private static final String WAKE_KEY = DomainEvents.class.getName() + ".wake";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final List<OutboxConsumer> consumers;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxWakeUp wakeUp;
    private final Clock clock;

    public DomainEvents(
            EntityManager em,
            ObjectMapper mapper,
            @All List<OutboxConsumer> consumers,
            TransactionSynchronizationRegistry transactions,
            OutboxWakeUp wakeUp,
            Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.consumers = consumers;
        this.transactions = transactions;
        this.wakeUp = wakeUp;
        this.clock = clock;
    }

    /** Publishes the usual payload: organizationId, subjectId, actorId, plus `extra` (id-valued) fields. */
    public UUID publish(String type, UUID orgId, UUID subjectId, UUID actorId, Map<String, ?> extra) {
        Map<String, Object> payload = new java.util.HashMap<>(extra);
        payload.put("organizationId", orgId);
        payload.put("subjectId", subjectId);
        payload.put("actorId", actorId);
        return publish(type, orgId, payload);
    }

    public UUID publish(String type, UUID orgId, UUID subjectId, UUID actorId) {
        return publish(type, orgId, subjectId, actorId, Map.of());
    }

    /**
     * Records an event for every consumer that accepts its type; returns its id. Values of the payload
     * are ids, enums, numbers or short codes (UUIDs are written as strings).
     *
     * @throws IllegalStateException outside a transaction: an event must commit with its change
     */
    public UUID publish(String type, UUID orgId, Map<String, ?> payload) {
        return publishAll(type, orgId, List.of(payload)).get(0);
    }

    /**
     * As {@link #publish(String, UUID, Map)} for many events of one type, set-based: one insert for the
     * events and one per consumer for their deliveries, whatever their number. Returns their ids.
     */
    public List<UUID> publishAll(String type, UUID orgId, List<? extends Map<String, ?>> payloads) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Publish " + type + " inside the transaction that makes the change");
        }
        if (payloads.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new java.util.ArrayList<>(payloads.size());
        ArrayNode rows = mapper.createArrayNode();
        for (Map<String, ?> payload : payloads) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.addObject().put("id", id.toString()).set("payload", mapper.valueToTree(payload));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String json = rows.toString();
        em.createNativeQuery("insert into outbox_events (id, org_id, type, payload, created_at)"
                        + " select cast(e ->> 'id' as uuid), :org, :type, e -> 'payload', :now"
                        + " from jsonb_array_elements(cast(:rows as jsonb)) e")
                .setParameter("org", orgId)
                .setParameter("type", type)
                .setParameter("rows", json)
                .setParameter("now", now)
                .executeUpdate();
        for (OutboxConsumer consumer : consumers) {
            if (consumer.accepts(type)) {
                em.createNativeQuery("insert into outbox_deliveries (event_id, consumer, next_attempt_at)"
                                + " select cast(e ->> 'id' as uuid), :consumer, :now"
                                + " from jsonb_array_elements(cast(:rows as jsonb)) e")
                        .setParameter("rows", json)
                        .setParameter("consumer", consumer.name())
                        .setParameter("now", now)
                        .executeUpdate();
            }
        }
        wakeAfterCommit();
        return ids;
    }

    /** Once per transaction: after it commits, this instance dispatches at once (not at the next poll). */
    private void wakeAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.wake();
                }
            }
        });
    }
}
