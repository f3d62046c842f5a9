package app.cairn.bench;

import app.cairn.integrations.webhooks.WebhookDispatcher;
import app.cairn.support.Fixtures;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `make bench` (webhooks): deliveries per second from the outbox to a local receiver (the JDK's HTTP
 * server answering 204 on this machine). `bench.webhooks.messages` messages (default 5000) over 500
 * subjects are queued as the fan-out writes them, then {@link WebhookDispatcher#dispatchDue} sends
 * them all — claim with SKIP LOCKED, sign, POST over a fresh connection, record — and the wall time
 * is measured. Writes target/bench/webhooks.md.
 */
@QuarkusTest
@Tag("bench")
class WebhookBenchmark {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    WebhookDispatcher dispatcher;

    @Test
    void measureDeliveryThroughput() throws Exception {
        int messages = Integer.parseInt(System.getProperty("bench.webhooks.messages", "5000"));
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            UUID org = fixtures.org().org().id;
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            queue(org, url, messages);
            long start = System.nanoTime();
            int attempted = dispatcher.dispatchDue();
            double seconds = (System.nanoTime() - start) / 1e9;
            long delivered = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery(
                                            "select count(*) from webhook_deliveries where org_id = :org and status = 'SUCCEEDED'")
                                    .setParameter("org", org)
                                    .getSingleResult())
                            .longValue());
            if (delivered != messages || received.get() != messages) {
                throw new AssertionError("delivered " + delivered + ", received " + received + " of " + messages);
            }
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            String report = String.format(
                    Locale.ROOT,
                    "# Webhook delivery throughput%n%n"
                            + "%s, %d cores, load average before/after: %s%n%n"
                            + "| messages | subjects | attempts | seconds | deliveries/s |%n"
                            + "| --- | --- | --- | --- | --- |%n"
                            + "| %d | 500 | %d | %.2f | %.0f |%n",
                    Instant.now(),
                    Runtime.getRuntime().availableProcessors(),
                    load,
                    messages,
                    attempted,
                    seconds,
                    messages / seconds);
            Path out = Path.of("target/bench/webhooks.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        } finally {
            receiver.stop(0);
        }
    }

    /** The rows the fan-out writes for `messages` events on 500 subjects, to one webhook. */
    private void queue(UUID org, String url, int messages) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID webhook = UUID.randomUUID();
            em.createNativeQuery("insert into webhooks (id, org_id, url, event_types, secret, created_at, updated_at)"
                            + " values (:id, :org, :url, 'objective.updated', :secret, now(), now())")
                    .setParameter("id", webhook)
                    .setParameter("org", org)
                    .setParameter("url", url)
                    .setParameter("secret", app.cairn.integrations.webhooks.WebhookSigner.newSecret())
                    .executeUpdate();
            em.createNativeQuery("""
                            insert into webhook_messages (id, org_id, type, subject_id, body, occurred_at)
                            select gen_random_uuid(), :org, 'objective.updated',
                                   ('00000000-0000-0000-0000-' || lpad(to_hex(i % 500), 12, '0'))::uuid,
                                   '{"type":"objective.updated","timestamp":"2026-12-01T00:00:00Z","data":{"n":' || i || '}}',
                                   now() + make_interval(secs => i / 1000.0)
                              from generate_series(1, :n) i
                            """)
                    .setParameter("org", org)
                    .setParameter("n", messages)
                    .executeUpdate();
            em.createNativeQuery("""
                            insert into webhook_deliveries (id, org_id, webhook_id, message_id, subject_id, occurred_at,
                                                            seq, retry_until, next_attempt_at, created_at)
                            select gen_random_uuid(), m.org_id, :webhook, m.id, m.subject_id, m.occurred_at, m.seq,
                                   now() + interval '1 day', now() - interval '1 second', now()
                              from webhook_messages m where m.org_id = :org
                            """)
                    .setParameter("webhook", webhook)
                    .setParameter("org", org)
                    .executeUpdate();
        });
    }
}
