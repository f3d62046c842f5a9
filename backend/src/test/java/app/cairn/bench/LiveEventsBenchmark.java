package app.cairn.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `make bench` (live events, #12), run by scripts/bench-live.sh against a packaged jar it started with
 * the JVM settings of scripts/run.sh: `bench.live.connections` (default 1,000) people of a generated
 * organization each open `GET /api/v1/events`; then, `bench.live.rounds` times (default 10), one
 * transaction raises a `notifications` event for every one of them (the `pg_notify` that
 * NotificationWriter issues for a new notification) and each stream's delivery latency is measured from
 * just before that commit to the event's arrival at its client. Reports p50/p99/max latency, the server
 * process's resident set (VmRSS) idle with every stream open and its peak during the rounds, and how
 * many database connections were busy while the streams were open. Writes target/bench/live.md.
 *
 * <p>Not a Quarkus test: it needs `bench.live.url`, `bench.live.pid`, `bench.live.db` (JDBC URL of the
 * server's database), `bench.live.key` (the server's JWT private key) and, when not the defaults,
 * `bench.live.db.user`, `bench.live.db.password`, `bench.live.issuer`.
 */
@Tag("bench")
class LiveEventsBenchmark {

    private final String url = System.getProperty("bench.live.url", "http://127.0.0.1:8097");
    private final long pid = Long.getLong("bench.live.pid", -1);
    private final int connections = Integer.getInteger("bench.live.connections", 1000);
    private final int rounds = Integer.getInteger("bench.live.rounds", 10);

    /** One client stream: when it was ready, and when round r's event arrived. */
    private static final class Stream implements Flow.Subscriber<String> {
        final long[] arrived;
        final CountDownLatch ready;
        final AtomicInteger round;
        final CountDownLatch[] delivered;
        final Semaphore opening;
        private final AtomicBoolean settled = new AtomicBoolean();
        volatile String failure;
        private String event;

        Stream(int rounds, CountDownLatch ready, AtomicInteger round, CountDownLatch[] delivered, Semaphore opening) {
            this.arrived = new long[rounds];
            this.ready = ready;
            this.round = round;
            this.delivered = delivered;
            this.opening = opening;
        }

        /** Once: the stream is ready or failed, so its sign-in is no longer in flight. */
        void settle() {
            if (settled.compareAndSet(false, true)) {
                opening.release();
            }
        }

        void fail(String why) {
            failure = why;
            settle();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.isEmpty() && event != null) {
                long now = System.nanoTime();
                if (event.equals("ready") && !settled.get()) {
                    settle();
                    ready.countDown();
                } else if (event.equals("notifications")) {
                    int r = round.get();
                    if (r >= 0 && arrived[r] == 0) {
                        arrived[r] = now;
                        delivered[r].countDown();
                    }
                }
                event = null;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            fail(throwable.toString());
        }

        @Override
        public void onComplete() {
            fail(failure == null ? "closed by the server" : failure);
        }
    }

    @Test
    void measureDeliveryLatencyAndMemory() throws Exception {
        Properties db = new Properties();
        db.setProperty("user", System.getProperty("bench.live.db.user", "postgres"));
        db.setProperty("password", System.getProperty("bench.live.db.password", ""));
        try (Connection c = DriverManager.getConnection(System.getProperty("bench.live.db"), db)) {
            UUID org = UUID.randomUUID();
            List<UUID[]> people = people(c, org, connections);
            PrivateKey key = privateKey(Path.of(System.getProperty("bench.live.key")));
            String issuer = System.getProperty("bench.live.issuer", "https://cairn.local");
            String rssBefore = rss();

            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(4))
                    .connectTimeout(java.time.Duration.ofSeconds(60))
                    .build();
            CountDownLatch ready = new CountDownLatch(connections);
            AtomicInteger round = new AtomicInteger(-1);
            CountDownLatch[] delivered = new CountDownLatch[rounds];
            for (int r = 0; r < rounds; r++) {
                delivered[r] = new CountDownLatch(connections);
            }
            List<Stream> streams = new ArrayList<>();
            // sign-ins in flight (each reads the person and session); a permit comes back when its stream is ready
            Semaphore opening = new Semaphore(32);
            long openStart = System.nanoTime();
            for (UUID[] person : people) {
                Stream stream = new Stream(rounds, ready, round, delivered, opening);
                streams.add(stream);
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/events"))
                        .header("Authorization", "Bearer " + jwt(key, issuer, org, person[0], person[1]))
                        .header("Accept", "text/event-stream")
                        .GET()
                        .build();
                opening.acquire();
                http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(stream))
                        .whenComplete((response, error) -> stream.fail(
                                error != null ? error.toString() : "HTTP " + response.statusCode() + ", stream ended"));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
            while (!ready.await(1, TimeUnit.SECONDS)) {
                String failed = streams.stream()
                        .map(s -> s.failure)
                        .filter(f -> f != null)
                        .findFirst()
                        .orElse(null);
                if (failed != null || System.nanoTime() > deadline) {
                    throw new AssertionError(ready.getCount() + " streams not ready; a failure: " + failed);
                }
            }
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            Thread.sleep(3000); // let the server settle after the sign-ins
            String rssOpen = rss();
            int busy = busyConnections(c);
            String loadOpen = BenchStats.load();

            AtomicLong peakKb = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakKb.accumulateAndGet(rssKb(), Math::max);
                    if (!sleep(100)) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            List<Double> latencies = new ArrayList<>();
            int missing = 0;
            c.setAutoCommit(false);
            for (int r = 0; r < rounds; r++) {
                round.set(r);
                try (PreparedStatement ps = c.prepareStatement(
                        "select count(pg_notify('cairn_live', nextval('live_event_ids') || '|' || ?::text || '|' || p"
                                + " || '|notifications|'))"
                                + " from unnest(?::uuid[]) p")) {
                    ps.setString(1, org.toString());
                    ps.setArray(
                            2,
                            c.createArrayOf(
                                    "uuid", people.stream().map(p -> p[0]).toArray(UUID[]::new)));
                    ps.executeQuery().close();
                }
                long written = System.nanoTime();
                c.commit();
                if (!delivered[r].await(60, TimeUnit.SECONDS)) {
                    missing += (int) delivered[r].getCount();
                }
                for (Stream s : streams) {
                    if (s.arrived[r] != 0) {
                        latencies.add((s.arrived[r] - written) / 1e6);
                    }
                }
                Thread.sleep(1000);
            }
            c.setAutoCommit(true);
            sampler.interrupt();
            String rssAfter = rss();
            double[] sorted =
                    latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            long dropped = streams.stream().filter(s -> s.failure != null).count();
            String report = String.format(
                    Locale.ROOT,
                    "# Live events: %,d concurrent SSE streams on one instance (#12)%n%n"
                            + "%s, %d processors. Server: the packaged jar, pid %d, JVM settings of scripts/run.sh.%n%n"
                            + "%,d streams (one per person) opened in %.1f s (32 sign-ins in flight); while all were"
                            + " open and idle, database connections busy: %d (load %s).%n%n"
                            + "| delivery latency (%d rounds × %,d streams, commit of the NOTIFY → event at the client) | figure |%n"
                            + "|---|---:|%n"
                            + "| samples | %,d (%d missing after 60 s) |%n"
                            + "| p50 | %.1f ms |%n| p99 | **%.1f ms** |%n| max | %.1f ms |%n%n"
                            + "| server RSS (VmRSS) | |%n|---|---:|%n"
                            + "| before the streams | %s |%n| %,d streams open, idle | **%s** |%n"
                            + "| peak during the rounds (sampled every 100 ms) | **%d MB** |%n| at the end | %s |%n%n"
                            + "Streams closed or failed by the end: %d. Targets: p99 ≤ 1,000 ms, RSS ≤ 350 MB."
                            + " Load average at the end: %s.%n",
                    connections,
                    Instant.now(),
                    Runtime.getRuntime().availableProcessors(),
                    pid,
                    connections,
                    openSeconds,
                    busy,
                    loadOpen,
                    rounds,
                    connections,
                    sorted.length,
                    missing,
                    BenchStats.percentile(sorted, 50),
                    BenchStats.percentile(sorted, 99),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
                    rssBefore,
                    connections,
                    rssOpen,
                    peakKb.get() / 1024,
                    rssAfter,
                    dropped,
                    BenchStats.load());
            System.out.println(report);
            Path out = Path.of("target/bench/live.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            if (missing > 0) {
                throw new AssertionError(missing + " events never arrived");
            }
        }
    }

    /** An organization of `n` people, each with a live sign-in session: [person id, session id]. */
    private static List<UUID[]> people(Connection c, UUID org, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into organizations (id, name, slug) values (?, 'Live bench', 'live-' || left(?::text, 8))")) {
            ps.setObject(1, org);
            ps.setString(2, org.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into people (id, org_id, email, name, password_hash, email_verified_at)
                select cast(md5(?::text || i) as uuid), ?, 'live' || i || '@' || left(?::text, 8) || '.bench',
                       'Live ' || i, null, now()
                  from generate_series(0, ? - 1) i
                """)) {
            ps.setString(1, org.toString());
            ps.setObject(2, org);
            ps.setString(3, org.toString());
            ps.setInt(4, n);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into auth_sessions (id, org_id, person_id, created_at, refreshed_at, expires_at)
                select cast(md5(?::text || 's' || i) as uuid), ?, cast(md5(?::text || i) as uuid), now(), now(),
                       now() + interval '1 day'
                  from generate_series(0, ? - 1) i
                returning person_id, id
                """)) {
            ps.setString(1, org.toString());
            ps.setObject(2, org);
            ps.setString(3, org.toString());
            ps.setInt(4, n);
            List<UUID[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
                }
            }
            return rows;
        }
    }

    /** An access token as TokenService issues it: RS256, iss, sub, org, sid, iat, exp (15 minutes). */
    private static String jwt(PrivateKey key, String issuer, UUID org, UUID person, UUID session) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = b64(String.format(
                "{\"iss\":\"%s\",\"sub\":\"%s\",\"org\":\"%s\",\"sid\":\"%s\",\"iat\":%d,\"exp\":%d}",
                issuer, person, org, session, now, now + 900));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /** Backends of the server's database that are running a statement (not this one, not the listener). */
    private static int busyConnections(Connection c) throws SQLException {
        try (PreparedStatement ps =
                        c.prepareStatement("select count(*) from pg_stat_activity where datname = current_database()"
                                + " and pid <> pg_backend_pid() and state not in ('idle')"
                                + " and application_name <> 'cairn-live-listener'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private String rss() {
        return rssKb() / 1024 + " MB";
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
