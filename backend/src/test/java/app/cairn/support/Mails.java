package app.cairn.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the mocked mailer sent (mail leaves through the outbox, after commit), and the secret of the link in it. */
@ApplicationScoped
public class Mails {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+?)#token=([A-Za-z0-9_-]+)");

    private final MockMailbox mailbox;
    private final Outbox outbox;

    public Mails(MockMailbox mailbox, Outbox outbox) {
        this.mailbox = mailbox;
        this.outbox = outbox;
    }

    /** What was mailed to this address, once the outbox has sent everything queued so far. */
    public List<Mail> to(String email) {
        outbox.drain();
        List<Mail> mails = mailbox.getMailsSentTo(email);
        return mails == null ? List.of() : mails;
    }

    /** The last mail to this address; fails when there is none. */
    public Mail last(String email) {
        List<Mail> mails = to(email);
        assertFalse(mails.isEmpty(), "no mail was sent to " + email);
        return mails.get(mails.size() - 1);
    }

    /** The token of the link in the last mail to this address, checking the link's page. */
    public String lastLinkToken(String email, String page) {
        Matcher matcher = LINK.matcher(last(email).getText());
        assertTrue(
                matcher.find(),
                "the last mail to " + email + " has no link: " + last(email).getText());
        assertTrue(matcher.group(1).endsWith(page), "the link should open " + page + " but is " + matcher.group(1));
        return matcher.group(2);
    }
}
