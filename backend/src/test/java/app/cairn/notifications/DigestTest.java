package app.cairn.notifications;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.people.Person;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daily digest over real SMTP (GreenMail): at 08:00 in each person's own zone (either side of
 * UTC), once per person and day however many instances run, after commit, retried when SMTP fails.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class DigestTest {

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
    NotificationDigests digests;

    @Inject
    EntityManager em;

    TestOrg org;
    String manager;
    Person tokyo;
    Person losAngeles;
    /** Tomorrow 22:30 UTC: 07:30 the day after in Tokyo (UTC+9), 14:30 the same day in Los Angeles (UTC-8). */
    Instant evening;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SmtpProfile.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        manager = fixtures.token(org.manager());
        tokyo = org.employee();
        losAngeles = org.peer();
        evening = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(22, 30).toInstant(ZoneOffset.UTC);
        clock.set(evening);
        digestSessionsFor(tokyo, "Asia/Tokyo");
        digestSessionsFor(losAngeles, "America/Los_Angeles");
    }

    @AfterEach
    void reset() throws Exception {
        clock.reset();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void shouldMailOneDigestAtEightInEachPersonsZoneOnceWhateverTheNumberOfInstances() throws Exception {
        String tokyoSession = schedule(tokyo);
        String laSession = schedule(losAngeles);
        outbox.drain();
        assertEquals(0, mails(tokyo).length, "a digest kind is not mailed at once");
        assertEquals(0, mails(losAngeles).length);

        // three instances at 22:30 UTC: Los Angeles is past 08:00, Tokyo is not yet
        assertEquals(1, runInParallel(3));
        outbox.drain();
        assertEquals(0, mails(tokyo).length);
        MimeMessage[] la = mails(losAngeles);
        assertEquals(1, la.length);
        assertTrue(la[0].getSubject().startsWith("Your Cairn digest for "), la[0].getSubject());
        assertTrue(la[0].getSubject().endsWith(": 1 update"), la[0].getSubject());
        String body = GreenMailUtil.getBody(la[0]);
        assertTrue(body.contains("https://cairn.test/one-on-ones/" + laSession), body);
        assertTrue(body.contains("text/html"), "an HTML part beside the text");

        // 23:30 UTC is 08:30 in Tokyo
        clock.set(evening.plus(Duration.ofHours(1)));
        assertEquals(1, runInParallel(2));
        outbox.drain();
        MimeMessage[] tk = mails(tokyo);
        assertEquals(1, tk.length);
        assertTrue(GreenMailUtil.getBody(tk[0]).contains("https://cairn.test/one-on-ones/" + tokyoSession));
        assertEquals(1, mails(losAngeles).length, "Los Angeles had today's digest already");

        // what comes after today's digest waits for tomorrow's 08:00 in Los Angeles (16:00 UTC)
        String later = schedule(losAngeles);
        outbox.drain();
        assertEquals(0, runInParallel(2));
        clock.set(evening.plus(Duration.ofHours(17)).plus(Duration.ofMinutes(29))); // 07:59 LA
        assertEquals(0, runInParallel(1));
        clock.set(evening.plus(Duration.ofHours(17)).plus(Duration.ofMinutes(31))); // 08:01 LA
        assertEquals(1, runInParallel(2));
        outbox.drain();
        la = mails(losAngeles);
        assertEquals(2, la.length);
        String second = GreenMailUtil.getBody(la[1]);
        assertTrue(second.contains("/one-on-ones/" + later), second);
        assertTrue(!second.contains("/one-on-ones/" + laSession), "each notification in one digest only");

        // the digest's stop link turns that kind's e-mail off, without signing in
        Matcher matcher = UNSUBSCRIBE.matcher(second);
        assertTrue(matcher.find(), second);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", matcher.group(1)))
                .post("/api/v1/notifications/unsubscribe")
                .then()
                .statusCode(200)
                .body("kind", equalTo("SESSION_SCHEDULED"));
        as(fixtures.token(losAngeles))
                .get("/api/v1/notification-preferences")
                .then()
                .body("find { it.kind == 'SESSION_SCHEDULED' }.email", equalTo("OFF"));
    }

    @Test
    void shouldRetryADigestWhenTheSmtpServerIsDownAndSendItOnceItIsBack() throws Exception {
        schedule(losAngeles);
        outbox.drain();
        smtp.stop();
        try {
            assertEquals(1, digests.run());
            waitForFailedAttempt();
        } finally {
            smtp = new GreenMail(new ServerSetup(SmtpProfile.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        assertEquals(0, mails(losAngeles).length);
        assertEquals(0, digests.run(), "the failed digest is retried by the outbox, not made again");
        clock.advance(Duration.ofMinutes(1));
        outbox.drain();
        assertEquals(1, mails(losAngeles).length);
    }

    private int runInParallel(int instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Integer>> runs = pool.invokeAll(java.util.Collections.nCopies(instances, digests::run));
            int queued = 0;
            for (Future<Integer> run : runs) {
                queued += run.get();
            }
            return queued;
        } finally {
            pool.shutdown();
        }
    }

    private void digestSessionsFor(Person person, String zone) {
        String token = fixtures.token(person);
        as(token)
                .body(Map.of("timeZone", zone))
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(200);
        as(token)
                .body(Map.of(
                        "preferences", List.of(Map.of("kind", "SESSION_SCHEDULED", "inApp", true, "email", "DIGEST"))))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(200);
    }

    private MimeMessage[] mails(Person person) {
        return smtp.getReceivedMessagesForDomain(person.email);
    }

    private String schedule(Person with) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ONE_TO_ONE");
        body.put("participantIds", List.of(org.manager().id.toString(), with.id.toString()));
        body.put(
                "startsAt",
                clock.instant()
                        .plus(2, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.HOURS)
                        .toString());
        body.put("durationMinutes", 30);
        body.put("recurrence", "NONE");
        return as(manager)
                .body(body)
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void waitForFailedAttempt() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            long failed = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery(
                                            "select count(*) from outbox_deliveries where consumer = 'notification-digest'"
                                                    + " and delivered_at is null and last_error is not null")
                                    .getSingleResult())
                            .longValue());
            if (failed > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the digest delivery never failed");
    }
}
