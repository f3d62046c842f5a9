package app.cairn.demo;

import app.cairn.notifications.NotificationKind;
import app.cairn.organizations.Organization;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.reminders.ReminderRuleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Notifications for the demo: Erin and Morgan each have unread ones of several kinds, Morgan an
 * overdue-1:1 reminder; the default reminder rules are on. Tasks need nothing here: they are computed
 * from the demo's live reviews, sessions, drafts and requests.
 */
@ApplicationScoped
public class DemoNotifications {

    private final EntityManager em;
    private final PersonRepository people;
    private final ReminderRuleService rules;
    private final Clock clock;

    public DemoNotifications(EntityManager em, PersonRepository people, ReminderRuleService rules, Clock clock) {
        this.em = em;
        this.people = people;
        this.rules = rules;
        this.clock = clock;
    }

    public void create(Organization org) {
        Person morgan = person(org, "morgan.manager@example.com");
        Person erin = person(org, "erin.employee@example.com");
        Person alex = person(org, "alex.admin@example.com");
        Instant now = clock.instant();
        String reviewsLink = "/reviews";
        add(
                org,
                erin,
                NotificationKind.REVIEW_CYCLE_LAUNCHED,
                alex,
                "The review cycle has started: write your self review",
                reviewsLink,
                now.minus(Duration.ofDays(2)));
        add(
                org,
                erin,
                NotificationKind.SESSION_SCHEDULED,
                morgan,
                morgan.name + " scheduled your next 1:1",
                "/one-on-ones",
                now.minus(Duration.ofHours(20)));
        add(
                org,
                erin,
                NotificationKind.FEEDBACK_RECEIVED,
                morgan,
                morgan.name + " praised you",
                "/praise",
                now.minus(Duration.ofHours(3)));
        add(
                org,
                morgan,
                NotificationKind.DRAFT_PROPOSED,
                erin,
                erin.name + " proposed a draft objective for your agreement",
                "/objectives/team",
                now.minus(Duration.ofDays(1)));
        add(
                org,
                morgan,
                NotificationKind.AGENDA_ITEM_ADDED,
                erin,
                erin.name + " added an agenda item to your next 1:1",
                "/one-on-ones",
                now.minus(Duration.ofHours(5)));
        Person overdue = people.find(
                        "orgId = ?1 and managerId = ?2 and id <> ?3 order by name", org.id, morgan.id, erin.id)
                .firstResultOptional()
                .orElse(erin);
        add(
                org,
                morgan,
                NotificationKind.REMINDER,
                null,
                "Your 1:1 with " + overdue.name + " is overdue: schedule one",
                "/people/" + overdue.id,
                now.minus(Duration.ofHours(1)));
        rules.seedMissingDefaults();
    }

    private Person person(Organization org, String email) {
        return people.find("orgId = ?1 and email = ?2", org.id, email).firstResult();
    }

    private void add(
            Organization org, Person to, NotificationKind kind, Person actor, String title, String link, Instant at) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into notifications (id, org_id, recipient_id, kind, title, link, actor_id,"
                        + " dedupe_key, in_app, created_at) values (:id, :org, :to, :kind, :title, :link, :actor,"
                        + " :key, true, :at)")
                .setParameter("id", id)
                .setParameter("org", org.id)
                .setParameter("to", to.id)
                .setParameter("kind", kind.name())
                .setParameter("title", title)
                .setParameter("link", link)
                .setParameter("actor", actor == null ? null : actor.id)
                .setParameter("key", "demo:" + id)
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
    }
}
