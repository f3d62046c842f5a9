package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import app.cairn.common.error.ApiException;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing with token buckets (Bucket4j) kept in PostgreSQL, so that every
 * instance counts the same failures. Two buckets are charged per failed sign-in:
 *
 * <ul>
 *   <li>per client address and email — a stranger elsewhere cannot lock the real person out, and
 *       several stacked limits (e.g. 5 a minute, 10 an hour, 20 a day) make the wait grow;
 *   <li>per client address across emails — spraying many emails from one address is slowed too.
 * </ul>
 *
 * An IPv6 client counts as its /64 network (see {@link #network}).
 *
 * A success never refills a bucket: with the same email in several organizations, someone's own
 * correct sign-in must not buy guesses against another account. Keys include the email whether or
 * not an account exists, so the answers never tell which emails are registered.
 */
@ApplicationScoped
public class LoginThrottle {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;

    public LoginThrottle(AgroalDataSource dataSource, CairnConfig config, Clock clock) {
        this.perAccount = limits(config.login().limitsPerAccount());
        this.perAddress = limits(config.login().limitsPerAddress());
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("login_rate_limits")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** 429 with the wait when this address, or this address for this email, has used up its tries. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void checkAllowed(String clientAddress, String email) {
        long waitNanos = Math.max(
                waitNanos(addressKey(clientAddress), perAddress),
                waitNanos(accountKey(clientAddress, email), perAccount));
        if (waitNanos > 0) {
            throw ApiException.tooManyRequests(
                    "Too many failed sign-in attempts. Try again later.", Duration.ofNanos(waitNanos));
        }
    }

    /** Counts one failed attempt against both buckets (going into debt makes the next wait longer). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void recordFailure(String clientAddress, String email) {
        buckets.getProxy(addressKey(clientAddress), () -> perAddress).consumeIgnoringRateLimits(1);
        buckets.getProxy(accountKey(clientAddress, email), () -> perAccount).consumeIgnoringRateLimits(1);
    }

    /** Buckets refilled to the brim carry no information: drop their rows now and then. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void removeFullBuckets() {
        int removed;
        do {
            removed = buckets.removeExpired(500);
            Log.debugf("Removed %d full login buckets", removed);
        } while (removed == 500);
    }

    private long waitNanos(String key, BucketConfiguration configuration) {
        EstimationProbe probe = buckets.getProxy(key, () -> configuration).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private static String addressKey(String clientAddress) {
        return "address:" + network(clientAddress);
    }

    private static String accountKey(String clientAddress, String email) {
        return "account:" + network(clientAddress) + ":" + email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Whom an address stands for: an IPv4 address itself, but for IPv6 its /64 network — one
     * subscriber or host is usually given a whole /64, so counting single IPv6 addresses would hand
     * an attacker 2^64 fresh buckets.
     */
    static String network(String clientAddress) {
        if (clientAddress == null || clientAddress.indexOf(':') < 0) {
            return clientAddress;
        }
        String literal =
                clientAddress.replaceAll("^\\[|]$", "").replaceAll("%.*$", "").toLowerCase(Locale.ROOT);
        String[] halves = literal.split("::", -1);
        if (halves.length > 2 || literal.contains(".")) {
            return clientAddress; // not plain IPv6 (an IPv4-mapped form, or garbage): as it is
        }
        List<String> left = groups(halves[0]);
        List<String> right = halves.length == 2 ? groups(halves[1]) : List.of();
        int missing = left == null || right == null ? -1 : 8 - left.size() - right.size();
        if (left == null || right == null || missing < 0 || (halves.length == 1 && missing != 0)) {
            return clientAddress;
        }
        List<String> all = new ArrayList<>(left);
        all.addAll(Collections.nCopies(missing, "0"));
        all.addAll(right);
        return String.join(":", all.subList(0, 4)) + "::/64";
    }

    /** The hex groups of part of an IPv6 literal, without leading zeros; null when one is not a group. */
    private static List<String> groups(String part) {
        List<String> groups = new ArrayList<>();
        for (String group : part.isEmpty() ? new String[0] : part.split(":", -1)) {
            if (!group.matches("[0-9a-f]{1,4}")) {
                return null;
            }
            groups.add(Integer.toHexString(Integer.parseInt(group, 16)));
        }
        return groups;
    }

    /** "5/PT1M,10/PT1H" → two stacked greedy limits (the API rate limits use it too). */
    public static BucketConfiguration limits(List<String> specs) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        for (String spec : specs) {
            String[] parts = spec.trim().split("/", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("A login limit is COUNT/ISO-8601-DURATION, e.g. 5/PT1M: " + spec);
            }
            long count = Long.parseLong(parts[0].trim());
            Duration period = Duration.parse(parts[1].trim());
            builder.addLimit(Bandwidth.builder()
                    .capacity(count)
                    .refillGreedy(count, period)
                    .build());
        }
        return builder.build();
    }

    /** Bucket4j reads time through the application's Clock, so tests can move it. */
    public record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
