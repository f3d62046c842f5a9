package app.cairn.notifications;

import app.cairn.common.config.CairnConfig;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.outbox.OutboxConsumer;
import app.cairn.common.outbox.OutboxEvent;
import app.cairn.people.Person;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the e-mail form of a notification (plain text and HTML, Qute templates `mail/notification`)
 * from the outbox: after the transaction that created it committed, retried when SMTP fails. Each
 * mail carries a single-use unsubscribe link for its kind that works without signing in.
 */
@ApplicationScoped
public class NotificationMailer implements OutboxConsumer {

    private final EntityManager em;
    private final Mailer mailer;
    private final Template text;
    private final Template html;
    private final CairnConfig config;
    private final UnsubscribeLinks links;
    private final Clock clock;

    public NotificationMailer(
            EntityManager em,
            Mailer mailer,
            @Location("mail/notification.txt") Template text,
            @Location("mail/notification.html") Template html,
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
        return "notification-mail";
    }

    @Override
    public boolean accepts(String type) {
        return EventTypes.NOTIFICATION_EMAIL.equals(type);
    }

    @Override
    public void handle(OutboxEvent event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select n.title, n.link, n.kind, n.recipient_id from notifications n where n.id = :id")
                .setParameter("id", event.requireUuid("subjectId"))
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = rows.get(0);
        Person person = em.find(Person.class, (UUID) row[3]);
        if (person == null || !person.active) {
            return;
        }
        NotificationKind kind = NotificationKind.valueOf((String) row[2]);
        String unsubscribe = links.link(person, kind);
        Map<String, Object> data = Map.of(
                "name",
                person.name,
                "title",
                row[0],
                "link",
                config.publicUrl() + row[1],
                "kindLabel",
                label(kind),
                "unsubscribe",
                unsubscribe,
                "settings",
                config.publicUrl() + "/settings");
        String subject = (String) row[0];
        mailer.send(Mail.withText(
                        person.email,
                        subject.length() > 150 ? subject.substring(0, 149) + "…" : subject,
                        text.data(data).render())
                .setHtml(html.data(data).render())
                .addHeader("List-Unsubscribe", "<" + unsubscribe + ">"));
        em.createNativeQuery("update notifications set emailed_at = :now where id = :id")
                .setParameter("now", now())
                .setParameter("id", event.requireUuid("subjectId"))
                .executeUpdate();
    }

    /** "REVIEW_SHARED" → "review shared". */
    static String label(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
