package app.cairn.notifications;

import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.time.TimeZones;
import app.cairn.people.Person;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The daily digest: at 08:00 in each person's own time zone, the notifications waiting for it (kinds
 * the person set to DIGEST) are collected into one digest, whose mail the outbox sends after commit
 * and retries when SMTP fails. Once per person and local day whatever the number of instances: the
 * digest's primary key (person, day) admits one, and its notifications are claimed with FOR UPDATE
 * SKIP LOCKED.
 */
@ApplicationScoped
public class NotificationDigests {

    /** When, in the person's zone, the day's digest goes out. */
    public static final LocalTime SEND_AT = LocalTime.of(8, 0);

    private final EntityManager em;
    private final DomainEvents events;
    private final TimeZones zones;
    private final Clock clock;

    public NotificationDigests(EntityManager em, DomainEvents events, TimeZones zones, Clock clock) {
        this.em = em;
        this.events = events;
        this.zones = zones;
        this.clock = clock;
    }

    @Scheduled(
            every = "${cairn.digest.interval:5m}",
            delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    private record Due(UUID personId, UUID orgId, LocalDate day) {}

    /** One pass; returns how many digests this instance queued. */
    public int run() {
        Instant now = clock.instant();
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> dueAt(now));
        int queued = 0;
        for (Due d : due) {
            try {
                queued += QuarkusTransaction.requiringNew().call(() -> queue(d, now)) ? 1 : 0;
            } catch (RuntimeException e) {
                Log.warnf(e, "The digest of %s for %s failed", d.personId(), d.day());
            }
        }
        return queued;
    }

    /** People with notifications waiting whose local time is past 08:00, with their local day. */
    private List<Due> dueAt(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> waiting = em.createNativeQuery("select distinct recipient_id from notifications where digest_due")
                .getResultList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<Person> people = em.createQuery("from Person p where p.active and p.id in :ids", Person.class)
                .setParameter("ids", waiting)
                .getResultList();
        List<Due> due = new ArrayList<>();
        for (Person person : people) {
            ZonedDateTime local = now.atZone(zones.of(person));
            if (!local.toLocalTime().isBefore(SEND_AT)) {
                due.add(new Due(person.id, person.orgId, local.toLocalDate()));
            }
        }
        return due;
    }

    private boolean queue(Due due, Instant now) {
        UUID id = UUID.randomUUID();
        int created = em.createNativeQuery("""
                        insert into notification_digests (id, person_id, org_id, local_date, created_at)
                        values (:id, :person, :org, :day, :now) on conflict do nothing
                        """)
                .setParameter("id", id)
                .setParameter("person", due.personId())
                .setParameter("org", due.orgId())
                .setParameter("day", due.day())
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        if (created == 0) {
            return false; // today's digest exists: what waits now goes into tomorrow's
        }
        int collected = em.createNativeQuery("""
                        update notifications set digest_due = false, digest_id = :id
                         where id in (select id from notifications where recipient_id = :person and digest_due
                                      for update skip locked)
                        """)
                .setParameter("id", id)
                .setParameter("person", due.personId())
                .executeUpdate();
        if (collected == 0) {
            em.createNativeQuery("delete from notification_digests where id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            return false;
        }
        events.publish(EventTypes.NOTIFICATION_DIGEST, due.orgId(), id, null, Map.of("recipientId", due.personId()));
        return true;
    }
}
