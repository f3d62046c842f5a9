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

        /** Plain http:// targets are refused unless they are in the allow-list above and this is true. */
        @WithName("allow-http")
        @WithDefault("false")
        boolean allowHttp();

        @WithName("request-timeout")
        @WithDefault("PT5S")
        Duration requestTimeout();

        /** Consecutive failed deliveries after which a webhook is disabled. */
        @WithName("disable-after-failures")
        @WithDefault("15")
        int disableAfterFailures();

        /** How long a message is retried (exponential back-off) before it is given up. */
        @WithName("retry-for")
        @WithDefault("P1D")
        Duration retryFor();
    }
}
