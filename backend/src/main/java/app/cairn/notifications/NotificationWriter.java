package app.cairn.notifications;

import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final ObjectMapper mapper;
    private final Clock clock;

    public NotificationWriter(
            EntityManager em, DomainEvents events, LiveEvents live, ObjectMapper mapper, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    /** Returns how many notifications were written (recipients already notified under this key are skipped). */
    public int write(UUID orgId, String dedupeKey, List<NotificationDraft> drafts) {
        return write(orgId, dedupeKey, drafts, true);
    }

    /**
     * As {@link #write(UUID, String, List)}; with `mayEmail` false, nothing is e-mailed whatever the
     * preference. Set-based whatever the number of recipients (a cycle launched for thousands): one
     * insert for the notifications, one statement for their live notices, two for the e-mails queued.
     */
    public int write(UUID orgId, String dedupeKey, List<NotificationDraft> drafts, boolean mayEmail) {
        return write(orgId, drafts.stream().map(d -> new Keyed(dedupeKey, d)).toList(), mayEmail);
    }

    /** A draft with its own dedupe key: the reminder job writes a rule's reminders (one key each) at once. */
    public record Keyed(String dedupeKey, NotificationDraft draft) {}

    /** As {@link #write(UUID, String, List, boolean)}, each draft under its own key, in the same few statements. */
    public int write(UUID orgId, List<Keyed> keyed, boolean mayEmail) {
        if (keyed.isEmpty()) {
            return 0;
        }
        List<NotificationDraft> drafts = keyed.stream().map(Keyed::draft).toList();
        Map<String, Preference> preferences = preferences(
                drafts.stream().map(NotificationDraft::recipientId).distinct().toList());
        Map<UUID, Pending> pending = new LinkedHashMap<>();
        Set<String> recipients = new HashSet<>();
        ArrayNode rows = mapper.createArrayNode();
        for (Keyed each : keyed) {
            NotificationDraft draft = each.draft();
            Preference preference = preferences.getOrDefault(
                    draft.recipientId() + "/" + draft.kind(),
                    new Preference(true, draft.kind().defaultEmail()));
            if (!preference.inApp() && preference.email() == EmailChoice.OFF) {
                continue;
            }
            if (!recipients.add(draft.recipientId() + "|" + each.dedupeKey())) {
                continue; // once per (recipient, key), as the unique key would have it
            }
            UUID id = UUID.randomUUID();
            pending.put(id, new Pending(draft, preference));
            rows.addObject()
                    .put("id", id.toString())
                    .put("recipient_id", draft.recipientId().toString())
                    .put("dedupe_key", each.dedupeKey())
                    .put("kind", draft.kind().name())
                    .put("title", truncate(draft.title(), 400))
                    .put("link", draft.link())
                    .put("subject_id", text(draft.subjectId()))
                    .put("actor_id", text(draft.actorId()))
                    .put("in_app", preference.inApp())
                    .put("digest_due", mayEmail && preference.email() == EmailChoice.DIGEST);
        }
        if (pending.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<UUID> inserted = em.createNativeQuery("""
                        insert into notifications (id, org_id, recipient_id, kind, title, link, subject_id,
                                                   actor_id, dedupe_key, in_app, digest_due, created_at)
                        select d.id, :org, d.recipient_id, d.kind, d.title, d.link, d.subject_id, d.actor_id, d.dedupe_key,
                               d.in_app, d.digest_due, :now
                          from jsonb_to_recordset(cast(:rows as jsonb))
                               as d(id uuid, recipient_id uuid, dedupe_key text, kind text, title text, link text,
                                    subject_id uuid,
                                    actor_id uuid, in_app boolean, digest_due boolean)
                          join people p on p.id = d.recipient_id and p.active
                        on conflict (recipient_id, dedupe_key) do nothing
                        returning id
                        """)
                .setParameter("org", orgId)
                .setParameter("rows", rows.toString())
                .setParameter("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .getResultList();
        List<UUID> told = new ArrayList<>();
        List<Map<String, ?>> mails = new ArrayList<>();
        for (UUID id : inserted) {
            Pending p = pending.get(id);
            if (p.preference().inApp()) {
                told.add(p.draft().recipientId());
            }
            if (mayEmail && p.preference().email() == EmailChoice.IMMEDIATE) {
                Map<String, Object> mail = new HashMap<>();
                mail.put("organizationId", orgId);
                mail.put("subjectId", id);
                mail.put("actorId", p.draft().actorId());
                mail.put("recipientId", p.draft().recipientId());
                mail.put("kind", p.draft().kind().name());
                mails.add(mail);
            }
        }
        live.unreadChanged(orgId, told);
        events.publishAll(EventTypes.NOTIFICATION_EMAIL, orgId, mails);
        return inserted.size();
    }

    private record Pending(NotificationDraft draft, Preference preference) {}

    private static String text(UUID id) {
        return id == null ? null : id.toString();
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
