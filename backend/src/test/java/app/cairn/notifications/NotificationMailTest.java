package app.cairn.notifications;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.sessions.SessionApi;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.Outbox;
import app.cairn.support.TestClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Notification e-mails over real SMTP (GreenMail in-process): sent after commit, retried, unsubscribable. */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class NotificationMailTest {

    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("https://cairn\\.test/unsubscribe#token=([A-Za-z0-9_-]+)");

    static GreenMail smtp;

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SmtpProfile.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void reset() throws Exception {
        clock.reset();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void shouldMailTheNotificationAfterCommitWithTextHtmlLinkAndAWorkingSingleUseUnsubscribeLink() throws Exception {
        TestOrg org = fixtures.org();
        String manager = fixtures.token(org.manager());
        String sessionId = schedule(manager, org);
        outbox.drain();

        MimeMessage[] received = smtp.getReceivedMessagesForDomain(org.employee().email);
        assertEquals(1, received.length, "one mail to the other participant");
        MimeMessage mail = received[0];
        assertTrue(mail.getSubject().startsWith("Mia Manager scheduled your 1:1 for "), mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("https://cairn.test/one-on-ones/" + sessionId), "the link to the session");
        assertTrue(body.contains("text/html"), "an HTML part beside the text");
        assertTrue(mail.getHeader("List-Unsubscribe")[0].contains("/unsubscribe#token="));
        assertEquals(0, smtp.getReceivedMessagesForDomain(org.manager().email).length);

        Matcher matcher = UNSUBSCRIBE.matcher(body);
        assertTrue(matcher.find(), body);
        String token = matcher.group(1);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/notifications/unsubscribe")
                .then()
                .statusCode(200)
                .body("kind", equalTo("SESSION_SCHEDULED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/notifications/unsubscribe")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("token"));
        as(fixtures.token(org.employee()))
                .get("/api/v1/notification-preferences")
                .then()
                .body("find { it.kind == 'SESSION_SCHEDULED' }.email", equalTo("OFF"))
                .body("find { it.kind == 'SESSION_SCHEDULED' }.inApp", equalTo(true));

        schedule(manager, org);
        outbox.drain();
        assertEquals(1, smtp.getReceivedMessagesForDomain(org.employee().email).length, "no more such mails");
    }

    @Test
    void shouldRetryWhenTheSmtpServerIsDownAndSendOnceItIsBack() throws Exception {
        TestOrg org = fixtures.org();
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        smtp.stop();
        try {
            schedule(fixtures.token(org.manager()), org);
            waitForFailedAttempt();
        } finally {
            smtp = new GreenMail(new ServerSetup(SmtpProfile.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        assertEquals(0, smtp.getReceivedMessagesForDomain(org.employee().email).length);
        clock.advance(Duration.ofMinutes(1));
        outbox.drain();
        assertEquals(1, smtp.getReceivedMessagesForDomain(org.employee().email).length);
    }

    private void waitForFailedAttempt() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            long failed = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery(
                                            "select count(*) from outbox_deliveries where consumer = 'notification-mail'"
                                                    + " and delivered_at is null and last_error is not null")
                                    .getSingleResult())
                            .longValue());
            if (failed > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the mail delivery never failed");
    }

    private static String schedule(String token, TestOrg org) {
        Map<String, Object> body = SessionApi.body(
                org.manager().id,
                org.employee().id,
                Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                "NONE");
        return as(token)
                .body(body)
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
