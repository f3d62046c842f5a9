package app.cairn.integrations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the integrator platform: audit retention, API rate limits, webhook delivery. */
@ConfigMapping(prefix = "cairn.integrations")
public interface IntegrationsConfig {

    Audit audit();

    @WithName("rate-limits")
    RateLimits rateLimits();

    Webhooks webhooks();

    interface Audit {
        /** Audit events older than this are dropped (daily). */
        @WithDefault("P400D")
        Duration retention();
    }

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** Per token, or per signed-in person: COUNT/ISO-8601-DURATION, stacked. */
        @WithName("per-caller")
        @WithDefault("600/PT1M")
        List<String> perCaller();

        /** Per client address, whoever calls. */
        @WithName("per-address")
        @WithDefault("1200/PT1M")
        List<String> perAddress();
    }

    interface Webhooks {
        /** Hosts or CIDR ranges that may be targets although private or loopback (tests, local runs). */
        @WithName("allowed-private-targets")
        Optional<List<String>> allowedPrivateTargets();

        /** Plain http:// targets are refused unless this is true (local runs and tests). */
        @WithName("allow-http")
        @WithDefault("false")
        boolean allowHttp();

        /** How long the whole answer may take once the request is sent. */
        @WithName("request-timeout")
        @WithDefault("PT5S")
        Duration requestTimeout();

        @WithName("connect-timeout")
        @WithDefault("PT3S")
        Duration connectTimeout();

        /**
         * A webhook is disabled (and admins notified) when a message is given up after {@link #retryFor}
         * while at least this many attempts in a row, across its messages, failed.
         */
        @WithName("disable-after-failures")
        @WithDefault("15")
        int disableAfterFailures();

        /** The wait after the first failed attempt; it doubles with each further one, up to max-backoff. */
        @WithDefault("PT5S")
        Duration backoff();

        @WithName("max-backoff")
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** How often every instance looks for due deliveries (besides right after a fan-out); `off` in tests. */
        @WithName("poll-interval")
        @WithDefault("1s")
        String pollInterval();

        /** Parallel deliveries per instance. */
        @WithDefault("8")
        int workers();

        /** Deliveries claimed per round trip. */
        @WithDefault("64")
        int batch();

        /** How long a claimed delivery stays with its worker before another instance may take it over. */
        @WithDefault("PT2M")
        Duration lease();

        /** How long a message is retried (exponential back-off) before it is given up. */
        @WithName("retry-for")
        @WithDefault("P1D")
        Duration retryFor();
    }
}
