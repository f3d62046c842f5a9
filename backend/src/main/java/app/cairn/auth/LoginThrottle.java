package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import app.cairn.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses logins for an email for a while after repeated failures (429 + Retry-After). Keyed by
 * email whether or not an account exists, so the answer never tells which emails are registered.
 * Kept in memory: behind several instances each counts its own attempts, which still bounds guessing.
 */
@ApplicationScoped
public class LoginThrottle {

    private record Attempts(int failures, Instant lockedUntil) {}

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final CairnConfig config;
    private final Clock clock;

    public LoginThrottle(CairnConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public void checkAllowed(String email) {
        Attempts current = attempts.get(key(email));
        Instant now = clock.instant();
        if (current != null && current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
            throw ApiException.tooManyRequests(
                    "Too many failed sign-in attempts for this email. Try again later.",
                    Duration.between(now, current.lockedUntil()));
        }
    }

    public void recordFailure(String email) {
        Instant now = clock.instant();
        attempts.compute(key(email), (k, current) -> {
            int failures = current == null || expired(current, now) ? 1 : current.failures() + 1;
            if (failures >= config.login().maxFailures()) {
                return new Attempts(0, now.plus(config.login().lockout()));
            }
            return new Attempts(failures, null);
        });
    }

    public void recordSuccess(String email) {
        attempts.remove(key(email));
    }

    private static boolean expired(Attempts attempts, Instant now) {
        return attempts.lockedUntil() != null && !now.isBefore(attempts.lockedUntil());
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
