package app.cairn.integrations.ratelimits;

import app.cairn.auth.LoginThrottle;
import app.cairn.integrations.IntegrationsConfig;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * API rate limits: Bucket4j token buckets kept in PostgreSQL (like {@link LoginThrottle}), so every
 * instance counts the same calls. Each request takes a token from its caller's bucket (API token or
 * signed-in person) and from its client address's bucket.
 */
@ApplicationScoped
public class ApiRateLimiter {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final boolean enabled;
    private final Policy perCaller;
    private final Policy perAddress;

    /** A named limit: its configuration and, for the headers, its first (primary) quota and window. */
    record Policy(String name, BucketConfiguration configuration, long quota, long windowSeconds, String version) {}

    /** One bucket's state after this request. */
    public record Usage(
            String policy,
            long quota,
            long windowSeconds,
            long remaining,
            long resetSeconds,
            boolean allowed,
            long retryAfterSeconds) {}

    public ApiRateLimiter(AgroalDataSource dataSource, IntegrationsConfig config) {
        this.enabled = config.rateLimits().enabled();
        this.perCaller = policy("caller", config.rateLimits().perCaller());
        this.perAddress = policy("address", config.rateLimits().perAddress());
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("api_rate_limits")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // the system clock, not the application's: a test moving time must not drain or fill buckets
                .clientClock(TimeMeter.SYSTEM_MILLISECONDS)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Takes one call from the caller's bucket (when known) and the address's; both are always charged. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Usage> consume(String callerKey, String clientAddress) {
        List<Usage> usages = new ArrayList<>(2);
        if (callerKey != null) {
            usages.add(consume(perCaller, "caller:" + callerKey));
        }
        usages.add(consume(perAddress, "address:" + clientAddress));
        return usages;
    }

    private Usage consume(Policy policy, String key) {
        ConsumptionProbe probe = buckets.getProxy(key, policy::configuration).tryConsumeAndReturnRemaining(1);
        long reset = seconds(probe.getNanosToWaitForReset());
        return new Usage(
                policy.name(),
                policy.quota(),
                policy.windowSeconds(),
                probe.getRemainingTokens(),
                reset,
                probe.isConsumed(),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    @Scheduled(every = "10m", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void removeFullBuckets() {
        int removed;
        do {
            removed = buckets.removeExpired(500);
            Log.debugf("Removed %d full API rate-limit buckets", removed);
        } while (removed == 500);
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static Policy policy(String name, List<String> specs) {
        String[] first = specs.get(0).trim().split("/", 2);
        return new Policy(
                name,
                LoginThrottle.limits(specs),
                Long.parseLong(first[0].trim()),
                Duration.parse(first[1].trim()).toSeconds(),
                Integer.toHexString(String.join(",", specs).hashCode()));
    }
}
