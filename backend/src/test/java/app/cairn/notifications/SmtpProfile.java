package app.cairn.notifications;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application with a real SMTP mailer, pointed at the in-process GreenMail server of the test. */
public class SmtpProfile implements QuarkusTestProfile {

    static final int PORT = 40125;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(PORT),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false",
                // the tests stop and restart GreenMail: never reuse a pooled connection to a stopped server
                "quarkus.mailer.keep-alive", "false",
                // say who we are in EHLO rather than resolve the machine's name for every connection
                "quarkus.mailer.own-host-name", "cairn.test",
                "cairn.public-url", "https://cairn.test");
    }
}
