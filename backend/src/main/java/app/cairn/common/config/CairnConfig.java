package app.cairn.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;

/** Cairn's own settings (prefix `cairn`), each fed by a CAIRN_* environment variable. */
@ConfigMapping(prefix = "cairn")
public interface CairnConfig {

    /** Where a local run keeps what it generates (JWT keys). */
    @WithName("data-dir")
    String dataDir();

    /** The address people open Cairn at; links in e-mails start with it. */
    @WithName("public-url")
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Jwt jwt();

    Session session();

    Login login();

    Links links();

    Signup signup();

    Headers headers();

    @WithName("demo-data")
    DemoData demoData();

    Outbox outbox();

    Digest digest();

    Live live();

    interface Jwt {
        String issuer();

        /** How long an access token works: at most 15 minutes (the refresh cookie renews it). */
        Duration lifetime();

        @WithName("private-key-location")
        String privateKeyLocation();

        @WithName("public-key-location")
        String publicKeyLocation();
    }

    /** Sign-in sessions: the refresh token kept in an HttpOnly cookie. */
    interface Session {
        /** A refresh token not used for this long stops working (sliding: each refresh renews it). */
        @WithName("idle-timeout")
        @WithDefault("P7D")
        Duration idleTimeout();

        /** A session ends this long after sign-in, however active. */
        @WithName("max-lifetime")
        @WithDefault("P30D")
        Duration maxLifetime();

        /** Mark the refresh cookie `Secure` (browsers accept it on http://localhost too). */
        @WithName("secure-cookie")
        @WithDefault("true")
        boolean secureCookie();
    }

    /**
     * Failed sign-ins allowed before waiting, as token buckets `COUNT/ISO-DURATION` (e.g. `5/PT1M`):
     * each failure takes a token, tokens come back at COUNT per DURATION. Several limits stack into a
     * progressive back-off.
     */
    interface Login {
        /** Per client address and email. */
        @WithName("limits-per-account")
        List<String> limitsPerAccount();

        /** Per client address, whatever the email. */
        @WithName("limits-per-address")
        List<String> limitsPerAddress();
    }

    /** How long the single-use links sent by e-mail work. */
    interface Links {
        @WithName("verify-email")
        @WithDefault("P2D")
        Duration verifyEmail();

        @WithName("reset-password")
        @WithDefault("PT30M")
        Duration resetPassword();

        @WithDefault("P7D")
        Duration invite();
    }

    interface Signup {
        @WithDefault("true")
        boolean enabled();
    }

    interface Headers {
        /** Send Strict-Transport-Security: only when Cairn is reached over HTTPS. */
        @WithDefault("false")
        boolean hsts();
    }

    interface DemoData {
        @WithDefault("true")
        boolean enabled();
    }

    /** The daily notification digest (docs/notifications.md). */
    interface Digest {
        /** How often every instance looks for people whose 08:00 has come ("off" disables it). */
        @WithDefault("5m")
        String interval();
    }

    /** The live event stream (docs/notifications.md, "Live updates"). */
    interface Live {
        /** Events each instance keeps to replay to a client reconnecting with Last-Event-ID. */
        @WithName("replay-size")
        @WithDefault("1000")
        int replaySize();

        /** How long an event stays replayable; a client away longer is told to resync. */
        @WithName("replay-window")
        @WithDefault("PT5M")
        Duration replayWindow();
    }

    /** The transactional outbox's dispatcher (docs/notifications.md). */
    interface Outbox {
        /** How often every instance looks for due deliveries (besides right after its own commits). */
        @WithName("poll-interval")
        @WithDefault("2s")
        String pollInterval();

        /** Deliveries claimed per round trip. */
        @WithDefault("50")
        int batch();

        /** How long a claimed delivery stays with its dispatcher before another may take it over. */
        @WithDefault("PT5M")
        Duration lease();

        /** Attempts before a delivery is kept as failed. */
        @WithName("max-attempts")
        @WithDefault("10")
        int maxAttempts();

        /** The wait after the first failure; it doubles with each further failure, up to max-backoff. */
        @WithDefault("PT5S")
        Duration backoff();

        @WithName("max-backoff")
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** Delivered events are deleted this long after they were raised. */
        @WithDefault("P7D")
        Duration retention();
    }
}
