package app.cairn.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Raises live events for the SSE stream through PostgreSQL {@code NOTIFY} on channel {@value
 * #CHANNEL}: called inside a transaction, PostgreSQL delivers the notice only when (and if) it
 * commits, to the {@link LiveListener} of every instance — which hands it to {@link LiveHub}. A
 * notice reads `id|org|person|topic|data`: the id comes from the sequence `live_event_ids` (so it is
 * the same on every instance), the person is empty for an event of the organization that {@link
 * LiveHub} filters per viewer, data is JSON or empty.
 */
@ApplicationScoped
public class LiveEvents {

    public static final String CHANNEL = "cairn_live";

    /** Objectives per progress notice: ~110 bytes each keeps a notice far below pg_notify's 8000 bytes. */
    static final int OBJECTIVES_PER_NOTICE = 50;

    private static final String NOTIFY = "select pg_notify(:channel, nextval('live_event_ids') || '|' || :payload)";

    /** One notice per organization and chunk of objectives, with their progress, health and status now. */
    private static final String PROGRESS = """
            select pg_notify(:channel, nextval('live_event_ids') || '|' || org_id || '||'
                             || :topic || '|' || items)
              from (select org_id, json_agg(json_build_object('id', id, 'progress', progress, 'health', health,
                                                              'status', status) order by id) as items
                      from (select o.id, o.org_id, o.progress, o.health, o.status,
                                   (row_number() over (order by o.id) - 1) / :per as chunk
                              from objectives o where o.id in (:ids)) x
                     group by org_id, chunk) c
            """;

    private static final String SENT_KEY = LiveEvents.class.getName() + ".sent";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    public LiveEvents(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /** The person's notifications changed (new, or read): their bell and list refresh. */
    public void unreadChanged(UUID orgId, UUID personId) {
        notifyPerson(orgId, personId, LiveHub.NOTIFICATIONS);
    }

    /**
     * As {@link #unreadChanged(UUID, UUID)} for many people (a cycle launched for 1,000), in one
     * statement: one notice per person, each with its own id from the sequence.
     */
    public void unreadChanged(UUID orgId, Collection<UUID> people) {
        if (people.isEmpty()) {
            return;
        }
        List<String> fresh = people.stream()
                .map(person -> orgId + "|" + person + "|" + LiveHub.NOTIFICATIONS + "|")
                .filter(payload -> !sentInThisTransaction(payload))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        String payloads = fresh.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",", "[", "]"));
        em.createNativeQuery("select count(pg_notify(:channel, nextval('live_event_ids') || '|' || p))"
                        + " from jsonb_array_elements_text(cast(:payloads as jsonb)) p")
                .setParameter("channel", CHANNEL)
                .setParameter("payloads", payloads)
                .getSingleResult();
    }

    /** The person's to-do inbox may have changed. */
    public void tasksChanged(UUID orgId, UUID personId) {
        notifyPerson(orgId, personId, LiveHub.TASKS);
    }

    /**
     * The progress, health or status of these objectives changed: everyone connected who may see one
     * of them hears of it ({@link LiveHub} filters per viewer), in notices of at most {@value
     * #OBJECTIVES_PER_NOTICE} objectives.
     */
    public void objectivesChanged(Collection<UUID> objectiveIds) {
        if (objectiveIds.isEmpty()) {
            return;
        }
        em.createNativeQuery(PROGRESS)
                .setParameter("channel", CHANNEL)
                .setParameter("topic", LiveHub.PROGRESS)
                .setParameter("per", OBJECTIVES_PER_NOTICE)
                .setParameter("ids", objectiveIds)
                .getResultList();
    }

    /** Once per transaction and (person, topic): one refetch covers them all. */
    private void notifyPerson(UUID orgId, UUID personId, String topic) {
        String payload = orgId + "|" + personId + "|" + topic + "|";
        if (!sentInThisTransaction(payload)) {
            em.createNativeQuery(NOTIFY)
                    .setParameter("channel", CHANNEL)
                    .setParameter("payload", payload)
                    .getSingleResult();
        }
    }

    private boolean sentInThisTransaction(String payload) {
        if (transactions.getTransactionKey() == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Set<String> sent = (Set<String>) transactions.getResource(SENT_KEY);
        if (sent == null) {
            sent = new HashSet<>();
            transactions.putResource(SENT_KEY, sent);
        }
        return !sent.add(payload);
    }
}
