package app.cairn.notifications;

import app.cairn.common.config.CairnConfig;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.outbox.OutboxConsumer;
import app.cairn.common.outbox.OutboxEvent;
import app.cairn.common.persistence.SqlValues;
import app.cairn.people.Person;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a daily digest (NotificationDigests) as one mail, plain text and HTML (Qute templates
 * `mail/digest`): each notification with its link, and per kind a single-use link that stops them.
 * Runs from the outbox after the digest committed; an SMTP failure is retried.
 */
@ApplicationScoped
public class NotificationDigestMailer implements OutboxConsumer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /** One line of the digest. */
    @TemplateData
    public record Item(String title, String link, String kindLabel) {}

    /** The link that stops one kind's mails. */
    @TemplateData
    public record Stop(String kindLabel, String link) {}

    private final EntityManager em;
    private final Mailer mailer;
    private final Template text;
    private final Template html;
    private final CairnConfig config;
    private final UnsubscribeLinks links;
    private final Clock clock;

    public NotificationDigestMailer(
            EntityManager em,
            Mailer mailer,
            @Location("mail/digest.txt") Template text,
            @Location("mail/digest.html") Template html,
            CairnConfig config,
            UnsubscribeLinks links,
            Clock clock) {
        this.em = em;
        this.mailer = mailer;
        this.text = text;
        this.html = html;
        this.config = config;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "notification-digest";
    }

    @Override
    public boolean accepts(String type) {
        return EventTypes.NOTIFICATION_DIGEST.equals(type);
    }

    @Override
    public void handle(OutboxEvent event) {
        UUID digestId = event.requireUuid("subjectId");
        @SuppressWarnings("unchecked")
        List<Object[]> digest = em.createNativeQuery(
                        "select person_id, local_date from notification_digests where id = :id and sent_at is null")
                .setParameter("id", digestId)
                .getResultList();
        if (digest.isEmpty()) {
            return;
        }
        Person person = em.find(Person.class, (UUID) digest.get(0)[0]);
        LocalDate day = SqlValues.localDate(digest.get(0)[1]);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select title, link, kind from notifications where digest_id = :id order by created_at, id")
                .setParameter("id", digestId)
                .getResultList();
        if (person == null || !person.active || rows.isEmpty()) {
            return;
        }
        List<Item> items = new ArrayList<>();
        Map<NotificationKind, Stop> stops = new LinkedHashMap<>();
        for (Object[] row : rows) {
            NotificationKind kind = NotificationKind.valueOf((String) row[2]);
            String label = NotificationMailer.label(kind);
            items.add(new Item((String) row[0], config.publicUrl() + row[1], label));
            stops.computeIfAbsent(kind, k -> new Stop(label, links.link(person, k)));
        }
        String subject = "Your Cairn digest for " + DAY.format(day) + ": "
                + (items.size() == 1 ? "1 update" : items.size() + " updates");
        Map<String, Object> data = Map.of(
                "name",
                person.name,
                "day",
                DAY.format(day),
                "items",
                items,
                "stops",
                List.copyOf(stops.values()),
                "settings",
                config.publicUrl() + "/settings");
        mailer.send(Mail.withText(person.email, subject, text.data(data).render())
                .setHtml(html.data(data).render())
                .addHeader(
                        "List-Unsubscribe",
                        "<" + stops.values().iterator().next().link() + ">"));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        em.createNativeQuery("update notification_digests set sent_at = :now where id = :id")
                .setParameter("now", now)
                .setParameter("id", digestId)
                .executeUpdate();
        em.createNativeQuery("update notifications set emailed_at = :now where digest_id = :id")
                .setParameter("now", now)
                .setParameter("id", digestId)
                .executeUpdate();
    }
}
