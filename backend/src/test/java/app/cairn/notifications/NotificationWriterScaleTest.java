package app.cairn.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Notifying many people (a cycle launched for thousands) costs the same statements as notifying two:
 * the notifications, their live notices and their queued e-mails are each written set-based.
 */
@QuarkusTest
class NotificationWriterScaleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    NotificationWriter writer;

    @Inject
    EntityManagerFactory factory;

    @Inject
    EntityManager em;

    @Inject
    Scheduler scheduler;

    @Inject
    Outbox outbox;

    @Test
    void shouldWriteAnyNumberOfNotificationsAndTheirMailsInTheSameStatements() {
        TestOrg org = fixtures.org();
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(fixtures.addPerson(
                            org.org().id,
                            "scale-" + i + "-" + UUID.randomUUID() + "@test.example",
                            "Scale " + i,
                            org.manager().id,
                            false)
                    .id);
        }
        scheduler.pause();
        try {
            // the least of three readings: a statement of another thread (the statistics are global) only adds
            long two = Math.min(statements(org, people.subList(0, 2)), statements(org, people.subList(0, 2)));
            long twenty = Math.min(statements(org, people), Math.min(statements(org, people), statements(org, people)));
            assertTrue(twenty <= two, "statements to notify 20 people (" + twenty + ") against 2 (" + two + ")");
        } finally {
            scheduler.resume();
        }
        long queued = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("""
                                select count(*) from outbox_events e join outbox_deliveries d on d.event_id = e.id
                                 where e.org_id = :org and e.type = 'notification.email_requested'
                                   and d.consumer = 'notification-mail'
                                """)
                                .setParameter("org", org.org().id)
                                .getSingleResult())
                        .longValue());
        assertEquals(2 * 2 + 3 * 20, queued, "one e-mail queued per notification");
    }

    @Test
    void shouldWriteManyReminderKeysForOnePersonAtOnceAndEachOnlyOnce() {
        TestOrg org = fixtures.org();
        UUID erin = org.employee().id;
        String rule = "rule:" + UUID.randomUUID() + ":";
        List<NotificationWriter.Keyed> reminders = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            reminders.add(new NotificationWriter.Keyed(
                    rule + i,
                    new NotificationDraft(
                            erin, NotificationKind.REMINDER, "Check in " + i, "/objectives", null, null)));
        }
        reminders.add(reminders.get(0)); // the same key twice in one batch
        assertEquals(30, QuarkusTransaction.requiringNew().call(() -> writer.write(org.org().id, reminders, false)));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> writer.write(org.org().id, reminders, false)));
        long written = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from notifications where recipient_id = :p and dedupe_key like :k")
                                .setParameter("p", erin)
                                .setParameter("k", rule + "%")
                                .getSingleResult())
                        .longValue());
        assertEquals(30, written, "one notification per (person, key)");
    }

    /** Statements of one write of a launch notice to each recipient, inside its transaction. */
    private long statements(TestOrg org, List<UUID> recipients) {
        outbox.drain(); // the previous write's mails are sent before counting (the statistics are global)
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        List<NotificationDraft> drafts = recipients.stream()
                .map(r -> new NotificationDraft(
                        r,
                        NotificationKind.REVIEW_CYCLE_LAUNCHED,
                        "Scale cycle has started: write your self review",
                        "/reviews",
                        null,
                        org.admin().id))
                .toList();
        return QuarkusTransaction.requiringNew().call(() -> {
            statistics.clear();
            int written = writer.write(org.org().id, "scale:" + UUID.randomUUID(), drafts);
            long count = statistics.getPrepareStatementCount();
            assertEquals(recipients.size(), written);
            return count;
        });
    }
}
