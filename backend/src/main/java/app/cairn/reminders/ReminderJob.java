package app.cairn.reminders;

import app.cairn.common.time.TimeZones;
import app.cairn.notifications.NotificationDraft;
import app.cairn.notifications.NotificationKind;
import app.cairn.notifications.NotificationWriter;
import app.cairn.people.Person;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the enabled reminder rules of every organization into REMINDER notifications. Each rule is
 * processed in its own transaction by one instance at a time (its row is claimed with FOR UPDATE SKIP
 * LOCKED); each reminder fires once per (rule, subject, due) and recipient, whatever the number of
 * instances, through the notifications' unique dedupe key. A recipient in their quiet hours (in their
 * own time zone) is reminded at the first run after them.
 */
@ApplicationScoped
public class ReminderJob {

    private final EntityManager em;
    private final ReminderRuleService rules;
    private final NotificationWriter writer;
    private final TimeZones zones;
    private final Clock clock;

    public ReminderJob(
            EntityManager em, ReminderRuleService rules, NotificationWriter writer, TimeZones zones, Clock clock) {
        this.em = em;
        this.rules = rules;
        this.writer = writer;
        this.zones = zones;
        this.clock = clock;
    }

    @Scheduled(
            every = "${cairn.reminders.interval:5m}",
            delayed = "${cairn.reminders.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One pass over every enabled rule; returns how many reminders were written. */
    public int run() {
        QuarkusTransaction.requiringNew().run(rules::seedMissingDefaults);
        List<UUID> ids = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select r.id from ReminderRule r where r.enabled", UUID.class)
                        .getResultList());
        int written = 0;
        for (UUID id : ids) {
            try {
                written += QuarkusTransaction.requiringNew().call(() -> runRule(id));
            } catch (RuntimeException e) {
                Log.warnf(e, "Reminder rule %s failed", id);
            }
        }
        return written;
    }

    private int runRule(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object> claimed = em.createNativeQuery(
                        "select id from reminder_rules where id = :id and enabled for update skip locked")
                .setParameter("id", id)
                .getResultList();
        if (claimed.isEmpty()) {
            return 0; // another instance is on it
        }
        ReminderRule rule = em.find(ReminderRule.class, id);
        Instant now = clock.instant();
        String sql = ReminderQueries.BY_TRIGGER.get(rule.trigger);
        var query = em.createNativeQuery(sql).setParameter("org", rule.orgId).setParameter("offset", rule.offset);
        if (sql.contains(":now")) {
            query.setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        }
        if (sql.contains(":today")) {
            query.setParameter("today", LocalDate.ofInstant(now, zones.ofOrganization(rule.orgId)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<UUID, Person> people = new HashMap<>();
        List<UUID> subjects = rows.stream().map(r -> (UUID) r[0]).distinct().toList();
        em.createQuery("from Person p where p.id in :ids", Person.class)
                .setParameter("ids", subjects)
                .getResultList()
                .forEach(p -> people.put(p.id, p));
        List<UUID> managers = people.values().stream()
                .map(p -> p.managerId)
                .filter(m -> m != null && !people.containsKey(m))
                .distinct()
                .toList();
        if (!managers.isEmpty()) {
            em.createQuery("from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", managers)
                    .getResultList()
                    .forEach(p -> people.put(p.id, p));
        }
        List<NotificationWriter.Keyed> reminders = new ArrayList<>();
        for (Object[] row : rows) {
            Person subject = people.get((UUID) row[0]);
            if (subject == null || !subject.active) {
                continue;
            }
            String key = "rule:" + rule.id + ":" + row[1] + ":" + row[2];
            for (Person recipient : recipients(rule, subject, people)) {
                if (rule.quietAt(now.atZone(zones.of(recipient)).toLocalTime())) {
                    continue;
                }
                String title = recipient == subject ? (String) row[3] : subject.name + ": " + row[3];
                NotificationDraft draft = new NotificationDraft(
                        recipient.id, NotificationKind.REMINDER, title, (String) row[4], (UUID) row[1], null);
                reminders.add(new NotificationWriter.Keyed(key, draft));
            }
        }
        // all of the rule's reminders in a few statements: thousands due at once fit the transaction
        return writer.write(rule.orgId, reminders, rule.channel != ReminderRule.Channel.IN_APP);
    }

    private static List<Person> recipients(ReminderRule rule, Person subject, Map<UUID, Person> people) {
        List<Person> recipients = new ArrayList<>();
        if (rule.audience != ReminderRule.Audience.MANAGER) {
            recipients.add(subject);
        }
        Person manager = subject.managerId == null ? null : people.get(subject.managerId);
        if (rule.audience != ReminderRule.Audience.SUBJECT && manager != null && manager.active) {
            recipients.add(manager);
        }
        return recipients;
    }
}
