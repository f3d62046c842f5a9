package app.cairn.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Raises live events for the SSE stream through PostgreSQL {@code NOTIFY} on channel {@value
 * #CHANNEL}: called inside a transaction, PostgreSQL delivers the notice only when (and if) it
 * commits, to the {@link LiveListener} of every instance — which forwards it to that person's open
 * streams. The payload names the person and what changed, never content.
 */
@ApplicationScoped
public class LiveEvents {

    public static final String CHANNEL = "cairn_live";

    private final EntityManager em;

    public LiveEvents(EntityManager em) {
        this.em = em;
    }

    /** The person's notifications changed (new, or read): their bell and list refresh. */
    public void unreadChanged(UUID orgId, UUID personId) {
        notify(orgId + "|" + personId + "|notifications");
    }

    /** As {@link #unreadChanged(UUID, UUID)} for many people, in one statement. */
    public void unreadChanged(UUID orgId, Collection<UUID> people) {
        if (people.isEmpty()) {
            return;
        }
        String payloads = people.stream()
                .distinct()
                .map(person -> "\"" + orgId + "|" + person + "|notifications\"")
                .collect(Collectors.joining(",", "[", "]"));
        em.createNativeQuery(
                        "select count(pg_notify(:channel, p)) from jsonb_array_elements_text(cast(:payloads as jsonb)) p")
                .setParameter("channel", CHANNEL)
                .setParameter("payloads", payloads)
                .getSingleResult();
    }

    /** The person's to-do inbox may have changed. */
    public void tasksChanged(UUID orgId, UUID personId) {
        notify(orgId + "|" + personId + "|tasks");
    }

    private void notify(String payload) {
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", payload)
                .getSingleResult();
    }
}
