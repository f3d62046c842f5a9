package app.cairn.reviews;

import app.cairn.common.outbox.OutboxConsumer;
import app.cairn.common.outbox.OutboxEvent;
import app.cairn.common.time.TimeZones;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Mails each reviewee of a launched cycle, from the outbox: after the launch committed, never inside it. */
@ApplicationScoped
public class ReviewLaunchMails implements OutboxConsumer {

    /** A deadline in a mail, in the reader's zone: "Tuesday 15 December 2026, 23:59 (America/New_York)". */
    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm '('VV')'", Locale.ENGLISH);

    private final ReviewCycleRepository cycles;
    private final PersonRepository people;
    private final TimeZones timeZones;
    private final Mailer mailer;

    public ReviewLaunchMails(
            ReviewCycleRepository cycles, PersonRepository people, TimeZones timeZones, Mailer mailer) {
        this.cycles = cycles;
        this.people = people;
        this.timeZones = timeZones;
        this.mailer = mailer;
    }

    @Override
    public String name() {
        return "review-launch-mail";
    }

    @Override
    public boolean accepts(String type) {
        return ReviewCycleService.LAUNCHED.equals(type);
    }

    @Override
    public void handle(OutboxEvent event) {
        ReviewCycle cycle = cycles.findById(event.requireUuid("subjectId"));
        if (cycle == null) {
            return;
        }
        List<Person> reviewees = people.list(
                "id in (select r.revieweeId from Review r where r.cycleId = ?1) and active = true", cycle.id);
        for (Person person : reviewees) {
            mailer.send(Mail.withText(
                    person.email,
                    "Your review has started: " + cycle.name,
                    "Hello " + person.name + ",\n\n" + cycle.name
                            + " has started. Please write your self review by "
                            + DUE.format(cycle.selfReviewDue.atZone(timeZones.of(person)))
                            + ".\n\nCairn"));
        }
    }
}
