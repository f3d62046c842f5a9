package app.cairn.integrations.webhooks;

import app.cairn.common.persistence.SqlValues;
import app.cairn.integrations.IntegrationsConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends webhook deliveries. Every instance runs it (on a poll and right after a fan-out commits); a
 * round claims due deliveries with {@code FOR UPDATE SKIP LOCKED} under a fresh claim and a lease, so
 * exactly one worker has a delivery at a time. A delivery is claimable only when no earlier delivery
 * of the same webhook and subject is pending: receivers get a subject's events in order. Failures
 * retry with exponential back-off until the delivery's retry window (24 h) ends.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final EntityManager em;
    private final WebhookTargets targets;
    private final WebhookFailures failures;
    private final IntegrationsConfig.Webhooks config;
    private final Clock clock;
    private final ExecutorService workers;
    private final ExecutorService waker = Executors.newSingleThreadExecutor(daemon("webhook-wake-up"));
    private final AtomicBoolean wakePending = new AtomicBoolean();

    public WebhookDispatcher(
            EntityManager em,
            WebhookTargets targets,
            WebhookFailures failures,
            IntegrationsConfig config,
            Clock clock) {
        this.em = em;
        this.targets = targets;
        this.failures = failures;
        this.config = config.webhooks();
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(this.config.workers(), daemon("webhook-worker"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Scheduled(
            every = "${cairn.integrations.webhooks.poll-interval:1s}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dispatchDue();
    }

    /** Dispatches on this instance soon (coalescing wake-ups): a fan-out just committed deliveries. */
    public void wake() {
        if (wakePending.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakePending.set(false);
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    Log.warnf(e, "Webhook dispatch after commit failed; the poll retries");
                }
            });
        }
    }

    /** Sends every due delivery until none is claimable; returns how many attempts were made. */
    public synchronized int dispatchDue() {
        int attempted = 0;
        while (true) {
            UUID claim = UUID.randomUUID();
            List<Claimed> batch = QuarkusTransaction.requiringNew().call(() -> claim(claim));
            if (batch.isEmpty()) {
                return attempted;
            }
            List<Future<?>> running = new ArrayList<>();
            for (Claimed delivery : batch) {
                running.add(workers.submit(() -> attempt(delivery, claim)));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return attempted;
                } catch (ExecutionException e) {
                    Log.warnf(e.getCause(), "A webhook delivery attempt failed unexpectedly");
                }
            }
            attempted += batch.size();
        }
    }

    record Claimed(
            UUID id,
            UUID webhookId,
            UUID orgId,
            UUID messageId,
            String body,
            int attempts,
            Instant retryUntil,
            String url,
            String secret,
            String previousSecret,
            Instant previousSecretExpiresAt) {}

    private List<Claimed> claim(UUID claim) {
        OffsetDateTime now = now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update webhook_deliveries d
                           set claim = :claim, locked_until = :until, attempts = d.attempts + 1
                          from webhooks w, webhook_messages m
                         where w.id = d.webhook_id and m.id = d.message_id
                           and d.id in (
                                select p.id from webhook_deliveries p join webhooks pw on pw.id = p.webhook_id
                                 where p.status = 'PENDING' and p.next_attempt_at <= :now
                                   and (p.locked_until is null or p.locked_until < :now)
                                   and pw.enabled
                                   and not exists (
                                        select 1 from webhook_deliveries e
                                         where e.webhook_id = p.webhook_id and e.subject_id = p.subject_id
                                           and e.status = 'PENDING'
                                           and (e.occurred_at, e.seq) < (p.occurred_at, p.seq))
                                 order by p.next_attempt_at
                                 limit :batch
                                   for update of p skip locked)
                        returning d.id, d.webhook_id, d.org_id, d.message_id, m.body, d.attempts, d.retry_until,
                                  w.url, w.secret, w.previous_secret, w.previous_secret_expires_at
                        """)
                .setParameter("claim", claim)
                .setParameter("until", now.plus(config.lease()))
                .setParameter("now", now)
                .setParameter("batch", config.batch())
                .getResultList();
        return rows.stream()
                .map(r -> new Claimed(
                        (UUID) r[0],
                        (UUID) r[1],
                        (UUID) r[2],
                        (UUID) r[3],
                        (String) r[4],
                        ((Number) r[5]).intValue(),
                        SqlValues.instant(r[6]),
                        (String) r[7],
                        (String) r[8],
                        (String) r[9],
                        r[10] == null ? null : SqlValues.instant(r[10])))
                .toList();
    }

    /** One attempt: check the target again (DNS may have changed), sign, send, record. */
    private void attempt(Claimed delivery, UUID claim) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Integer status = null;
        String snippet = null;
        String error = null;
        try {
            WebhookTargets.Target target = targets.check(delivery.url());
            long timestamp = started.getEpochSecond();
            String id = delivery.messageId().toString();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("webhook-id", id);
            headers.put("webhook-timestamp", Long.toString(timestamp));
            headers.put(
                    "webhook-signature",
                    WebhookSigner.signature(secrets(delivery, started), id, timestamp, delivery.body()));
            WebhookHttp.Answer answer = WebhookHttp.post(
                    target,
                    headers,
                    delivery.body().getBytes(StandardCharsets.UTF_8),
                    config.connectTimeout(),
                    config.requestTimeout());
            status = answer.status();
            snippet = answer.snippet();
        } catch (WebhookTargets.Refused e) {
            error = "Refused: the URL " + e.getMessage();
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        int latency = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startNanos) / 1_000_000);
        Outcome outcome = new Outcome(status, latency, snippet, error);
        QuarkusTransaction.requiringNew().run(() -> record(delivery, claim, outcome));
    }

    private static List<String> secrets(Claimed delivery, Instant now) {
        if (delivery.previousSecret() != null
                && delivery.previousSecretExpiresAt() != null
                && delivery.previousSecretExpiresAt().isAfter(now)) {
            return List.of(delivery.secret(), delivery.previousSecret());
        }
        return List.of(delivery.secret());
    }

    record Outcome(Integer status, int latencyMs, String snippet, String error) {
        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private void record(Claimed delivery, UUID claim, Outcome outcome) {
        OffsetDateTime now = now();
        boolean ok = outcome.succeeded();
        OffsetDateTime next = now.plus(backoff(delivery.attempts()));
        boolean giveUp = !ok && !next.toInstant().isBefore(delivery.retryUntil());
        int updated = em.createNativeQuery("""
                        update webhook_deliveries
                           set status = :status, claim = null, locked_until = null, last_attempt_at = :now,
                               last_http_status = :http, last_latency_ms = :latency, last_response = :snippet,
                               last_error = :error, delivered_at = :delivered, next_attempt_at = :next
                         where id = :id and claim = :claim
                        """)
                .setParameter("status", ok ? "SUCCEEDED" : giveUp ? "FAILED" : "PENDING")
                .setParameter("now", now)
                .setParameter("http", outcome.status())
                .setParameter("latency", outcome.latencyMs())
                .setParameter("snippet", truncate(outcome.snippet(), WebhookHttp.SNIPPET))
                .setParameter("error", truncate(outcome.error(), 1000))
                .setParameter("delivered", ok ? now : null)
                .setParameter("next", ok || giveUp ? now : next)
                .setParameter("id", delivery.id())
                .setParameter("claim", claim)
                .executeUpdate();
        if (updated == 0) {
            return; // the lease ran out and another worker took the delivery over
        }
        failures.record(delivery.webhookId(), delivery.orgId(), ok, giveUp);
    }

    /** The wait after the n-th failed attempt: backoff × 2^(n-1), at most max-backoff. */
    Duration backoff(int attempts) {
        Duration wait = config.backoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** Messages whose deliveries are all done are dropped after a week; the delivery log goes with them. */
    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        OffsetDateTime before = now().minus(Duration.ofDays(7));
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                                delete from webhook_messages m where m.occurred_at < :before
                                   and not exists (select 1 from webhook_deliveries d
                                                    where d.message_id = m.id and d.status = 'PENDING')
                                """).setParameter("before", before).executeUpdate());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
        workers.shutdownNow();
    }
}
