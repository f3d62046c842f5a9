package app.cairn.auth;

import app.cairn.common.outbox.DomainEvents;
import app.cairn.organizations.Organization;
import app.cairn.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * The account e-mails: confirm your email, reset your password, your invitation, your password was
 * changed. Each is an outbox event (`account.*`) written inside the business transaction; {@link
 * AccountMailSender} mails it after commit, retrying when SMTP fails, so a rolled-back request mails
 * nothing and a mail never holds a transaction open. The link's one-time token travels in the event
 * (the database keeps only its hash); the event is deleted as soon as the mail went out.
 */
@ApplicationScoped
public class AccountMails {

    public static final String VERIFY_EMAIL = "account.email_verification_requested";
    public static final String RESET_PASSWORD = "account.password_reset_requested";
    public static final String INVITE = "account.invited";
    public static final String PASSWORD_CHANGED = "account.password_changed";

    private final DomainEvents events;

    public AccountMails(DomainEvents events) {
        this.events = events;
    }

    public void verifyEmail(Person admin, Organization org, String token) {
        events.publish(VERIFY_EMAIL, org.id, payload(admin, token));
    }

    public void resetPassword(Person person, Organization org, String token) {
        events.publish(RESET_PASSWORD, org.id, payload(person, token));
    }

    public void invite(Person person, Organization org, String inviterName, String token) {
        Map<String, Object> payload = payload(person, token);
        payload.put("inviterName", inviterName);
        events.publish(INVITE, org.id, payload);
    }

    public void passwordChanged(Person person) {
        events.publish(PASSWORD_CHANGED, person.orgId, payload(person, null));
    }

    private static Map<String, Object> payload(Person person, String token) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("organizationId", person.orgId);
        payload.put("subjectId", person.id);
        if (token != null) {
            payload.put("token", token);
        }
        return payload;
    }
}
