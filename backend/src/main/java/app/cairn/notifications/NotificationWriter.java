package app.cairn.notifications;

import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes notifications, honouring each recipient's preferences, at most once per (recipient,
 * dedupe key); queues the immediate e-mails as outbox events in the same transaction, and marks the
 * ones for the daily digest (NotificationDigests). Called by the
 * outbox consumer and by the reminder job, always inside their transaction.
 */
@ApplicationScoped
public class NotificationWriter {

    private final EntityManager em;
    private final DomainEvents events;
    private final LiveEvents live;
    private final Clock clock;

    public NotificationWriter(EntityManager em, DomainEvents events, LiveEvents live, Clock clock) {
        this.em = em;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    /** Returns how many notifications were written (recipients already notified under this key are skipped). */
    public int write(UUID orgId, String dedupeKey, List<NotificationDraft> drafts) {
        return write(orgId, dedupeKey, drafts, true);
    }

    /** As {@link #write(UUID, String, List)}; with `mayEmail` false, nothing is e-mailed whatever the preference. */
    public int write(UUID orgId, String dedupeKey, List<NotificationDraft> drafts, boolean mayEmail) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Map<String, Preference> preferences = preferences(
                drafts.stream().map(NotificationDraft::recipientId).distinct().toList());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int written = 0;
        for (NotificationDraft draft : drafts) {
            Preference preference = preferences.getOrDefault(
                    draft.recipientId() + "/" + draft.kind(),
                    new Preference(true, draft.kind().defaultEmail()));
            if (!preference.inApp() && preference.email() == EmailChoice.OFF) {
                continue;
            }
            UUID id = UUID.randomUUID();
            int inserted = em.createNativeQuery("""
                            insert into notifications (id, org_id, recipient_id, kind, title, link, subject_id,
                                                       actor_id, dedupe_key, in_app, digest_due, created_at)
                            select :id, :org, :recipient, :kind, :title, :link, :subject, :actor, :key, :inApp,
                                   :digest, :now
                              from people where id = :recipient and active
                            on conflict (recipient_id, dedupe_key) do nothing
                            """)
                    .setParameter("id", id)
                    .setParameter("org", orgId)
                    .setParameter("recipient", draft.recipientId())
                    .setParameter("kind", draft.kind().name())
                    .setParameter("title", truncate(draft.title(), 400))
                    .setParameter("link", draft.link())
                    .setParameter("subject", draft.subjectId())
                    .setParameter("actor", draft.actorId())
                    .setParameter("key", dedupeKey)
                    .setParameter("inApp", preference.inApp())
                    .setParameter("digest", mayEmail && preference.email() == EmailChoice.DIGEST)
                    .setParameter("now", now)
                    .executeUpdate();
            if (inserted == 0) {
                continue;
            }
            written++;
            if (preference.inApp()) {
                live.unreadChanged(orgId, draft.recipientId());
            }
            if (mayEmail && preference.email() == EmailChoice.IMMEDIATE) {
                events.publish(
                        EventTypes.NOTIFICATION_EMAIL,
                        orgId,
                        id,
                        draft.actorId(),
                        Map.of(
                                "recipientId",
                                draft.recipientId(),
                                "kind",
                                draft.kind().name()));
            }
        }
        return written;
    }

    private record Preference(boolean inApp, EmailChoice email) {}

    private Map<String, Preference> preferences(Collection<UUID> people) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select person_id, kind, in_app, email from notification_preferences where person_id in (:ids)")
                .setParameter("ids", people)
                .getResultList();
        Map<String, Preference> byKey = new HashMap<>();
        for (Object[] row : rows) {
            byKey.put(row[0] + "/" + row[1], new Preference((Boolean) row[2], EmailChoice.valueOf((String) row[3])));
        }
        return byKey;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
