package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import app.cairn.organizations.Organization;
import app.cairn.people.Person;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;

/**
 * The account e-mails: confirm your email, reset your password, your invitation, your password was
 * changed. Each is queued inside the business transaction and sent only after it commits (a
 * transactional observer), so a rolled-back request mails nothing and a mail never holds a
 * transaction open. This is the one place that sends account mail: it can move onto a mail outbox
 * without touching the flows that queue it.
 */
@ApplicationScoped
public class AccountMails {

    /** A mail waiting for its transaction to commit. */
    public record AccountMail(String to, String subject, String text) {}

    private final Event<AccountMail> queue;
    private final Mailer mailer;
    private final CairnConfig config;

    public AccountMails(Event<AccountMail> queue, Mailer mailer, CairnConfig config) {
        this.queue = queue;
        this.mailer = mailer;
        this.config = config;
    }

    public void verifyEmail(Person admin, Organization org, String token) {
        queue.fire(new AccountMail(
                admin.email,
                "Confirm your email for Cairn",
                "Hello " + admin.name + ",\n\n"
                        + "You created the organization \"" + org.name + "\" on Cairn. Confirm that this email is yours"
                        + " to sign in:\n\n" + link("/verify-email", token) + "\n\n"
                        + "The link works once, for " + human(config.links().verifyEmail()) + ". If you did not sign"
                        + " up, ignore this message: nobody can sign in with this email until it is confirmed.\n"));
    }

    public void resetPassword(Person person, Organization org, String token) {
        queue.fire(new AccountMail(
                person.email,
                "Reset your Cairn password",
                "Hello " + person.name + ",\n\n"
                        + "Someone asked to reset your password for " + org.name
                        + " on Cairn. Choose a new one here:\n\n"
                        + link("/reset-password", token) + "\n\n"
                        + "The link works once, for " + human(config.links().resetPassword()) + ". If it was not"
                        + " you, ignore this message: your password stays as it is.\n"));
    }

    public void invite(Person person, Organization org, String inviterName, String token) {
        queue.fire(new AccountMail(
                person.email,
                "You are invited to " + org.name + " on Cairn",
                "Hello " + person.name + ",\n\n"
                        + inviterName + " invited you to " + org.name + " on Cairn, where your team sets objectives,"
                        + " runs one-to-ones and reviews. Choose your password to sign in:\n\n"
                        + link("/accept-invite", token) + "\n\n"
                        + "The link works once, for " + human(config.links().invite()) + ".\n"));
    }

    public void passwordChanged(Person person) {
        queue.fire(new AccountMail(
                person.email,
                "Your Cairn password was changed",
                "Hello " + person.name + ",\n\n"
                        + "The password of your Cairn account was just changed, and every other sign-in was ended."
                        + " If this was not you, reset your password now at " + config.publicUrl()
                        + "/forgot-password and tell your administrator.\n"));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMail mail) {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()));
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not send \"%s\" to %s", mail.subject(), mail.to());
        }
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
