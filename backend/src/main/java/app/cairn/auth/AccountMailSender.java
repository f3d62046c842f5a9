package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import app.cairn.common.outbox.OutboxConsumer;
import app.cairn.common.outbox.OutboxEvent;
import app.cairn.organizations.Organization;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Sends the account e-mails {@link AccountMails} queued, from the outbox (after commit, retried). */
@ApplicationScoped
public class AccountMailSender implements OutboxConsumer {

    private final Mailer mailer;
    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final CairnConfig config;

    public AccountMailSender(
            Mailer mailer, PersonRepository people, OrganizationRepository organizations, CairnConfig config) {
        this.mailer = mailer;
        this.people = people;
        this.organizations = organizations;
        this.config = config;
    }

    @Override
    public String name() {
        return "account-mail";
    }

    @Override
    public boolean accepts(String type) {
        return type.startsWith("account.");
    }

    @Override
    public void handle(OutboxEvent event) {
        Person person = people.findById(event.requireUuid("subjectId"));
        Organization org = organizations.findById(person.orgId);
        String token = event.text("token").orElse(null);
        Mail mail = switch (event.type()) {
            case AccountMails.VERIFY_EMAIL -> verifyEmail(person, org, token);
            case AccountMails.RESET_PASSWORD -> resetPassword(person, org, token);
            case AccountMails.INVITE ->
                invite(person, org, event.text("inviterName").orElse("Your administrator"), token);
            case AccountMails.PASSWORD_CHANGED -> passwordChanged(person);
            default -> null;
        };
        if (mail != null) {
            mailer.send(mail);
        }
    }

    private Mail verifyEmail(Person admin, Organization org, String token) {
        return Mail.withText(
                admin.email,
                "Confirm your email for Cairn",
                "Hello " + admin.name + ",\n\n"
                        + "You created the organization \"" + org.name + "\" on Cairn. Confirm that this email is yours"
                        + " to sign in:\n\n" + link("/verify-email", token) + "\n\n"
                        + "The link works once, for " + human(config.links().verifyEmail()) + ". If you did not sign"
                        + " up, ignore this message: nobody can sign in with this email until it is confirmed.\n");
    }

    private Mail resetPassword(Person person, Organization org, String token) {
        return Mail.withText(
                person.email,
                "Reset your Cairn password",
                "Hello " + person.name + ",\n\n"
                        + "Someone asked to reset your password for " + org.name
                        + " on Cairn. Choose a new one here:\n\n"
                        + link("/reset-password", token) + "\n\n"
                        + "The link works once, for " + human(config.links().resetPassword()) + ". If it was not"
                        + " you, ignore this message: your password stays as it is.\n");
    }

    private Mail invite(Person person, Organization org, String inviterName, String token) {
        return Mail.withText(
                person.email,
                "You are invited to " + org.name + " on Cairn",
                "Hello " + person.name + ",\n\n"
                        + inviterName + " invited you to " + org.name + " on Cairn, where your team sets objectives,"
                        + " runs one-to-ones and reviews. Choose your password to sign in:\n\n"
                        + link("/accept-invite", token) + "\n\n"
                        + "The link works once, for " + human(config.links().invite()) + ".\n");
    }

    private Mail passwordChanged(Person person) {
        return Mail.withText(
                person.email,
                "Your Cairn password was changed",
                "Hello " + person.name + ",\n\n"
                        + "The password of your Cairn account was just changed, and every other sign-in was ended."
                        + " If this was not you, reset your password now at " + config.publicUrl()
                        + "/forgot-password and tell your administrator.\n");
    }

    /** The token travels in the fragment: browsers never send it to a server or in a Referer. */
    private String link(String page, String token) {
        return config.publicUrl() + page + "#token=" + token;
    }

    private static String human(Duration duration) {
        if (duration.toDays() >= 1 && duration.toHoursPart() == 0) {
            return duration.toDays() == 1 ? "one day" : duration.toDays() + " days";
        }
        if (duration.toHours() >= 1 && duration.toMinutesPart() == 0) {
            return duration.toHours() == 1 ? "one hour" : duration.toHours() + " hours";
        }
        return duration.toMinutes() + " minutes";
    }
}
