package app.cairn.bench;

import app.cairn.people.PersonRepository;
import app.cairn.reports.Report;
import app.cairn.reports.ReportRunner;
import app.cairn.reports.ReportScope;
import app.cairn.reports.ReportSqlDump;
import app.cairn.support.Fixtures;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `make bench` (reports): one organization of `bench.reports.size` objectives (default 100k) with
 * 20% as many people in 50 teams and about ten check-ins per individual objective. For each report
 * over the whole organization for the last 13 weeks, as an admin, 20 times each after 3 warm-ups and
 * alternately: the report's SQL alone (the table page, chart and figures through {@link
 * ReportRunner}, no HTTP) and GET /api/v1/reports/{slug} end to end; the CSV export's time to first
 * byte, total time and heap growth; a person's timeline and glance against GET /api/v1/me. Ratios are from the same run.
 * Writes target/bench/reports.md.
 */
@QuarkusTest
@Tag("bench")
class ReportsBenchmark {

    @Inject
    DataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Inject
    PersonRepository people;

    @Inject
    ReportRunner runner;

    @Inject
    Instance<Report> reports;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measureReportsAndTimeline() throws Exception {
        int n = Integer.parseInt(System.getProperty("bench.reports.size", "100000"));
        BenchData.Org org = BenchData.generate(dataSource, n);
        UUID root = org.people().get(0);
        long checkIns = enrich(org, root);
        String token = QuarkusTransaction.requiringNew().call(() -> fixtures.token(people.findById(root)));
        ReportScope scope = ReportSqlDump.wholeOrganization(org.id(), root);
        LocalDate from = scope.from();
        LocalDate to = scope.to();
        ReportSqlDump.write(scope, Path.of("target/bench/sql"));
        StringBuilder out = new StringBuilder(String.format(
                "Organization: %,d objectives, %,d people, %,d check-ins, %,d 1:1s held; caller: an admin;"
                        + " range %s to %s%n%n",
                org.objectives(), org.people().size(), checkIns, count("sessions", org.id()), from, to));
        out.append(
                "| report | SQL median | API median | API p95 | API / SQL | rows |\n|---|---:|---:|---:|---:|---:|\n");
        for (Report report : reports) {
            // the report's SQL alone and the whole request, alternately, so both meet the same conditions
            List<Double> sql = new ArrayList<>();
            List<Double> api = new ArrayList<>();
            long rows = 0;
            URI uri = URI.create(base + "api/v1/reports/" + report.slug() + "?from=" + from + "&to=" + to);
            for (int i = 0; i < 23; i++) {
                long t = System.nanoTime();
                rows = runner.run(report, null, scope, 0, 100).total();
                double took = (System.nanoTime() - t) / 1e6;
                List<Double> request = time(uri, token, 1, 0);
                if (i >= 3) {
                    sql.add(took);
                    api.addAll(request);
                }
            }
            Stats s = Stats.of(sql);
            Stats a = Stats.of(api);
            out.append(String.format(
                    "| %s | %.1f ms | %.1f ms | %.1f ms | %.2f | %,d |%n",
                    report.slug(), s.median(), a.median(), a.p95(), a.median() / s.median(), rows));
        }
        out.append("\n").append(csv(token, "check-in-activity", from, to));
        out.append(csv(token, "objective-progress", from, to, "&groupBy=manager"));
        Stats me = Stats.of(time(URI.create(base + "api/v1/me"), token, 40, 5));
        Stats timeline =
                Stats.of(time(URI.create(base + "api/v1/people/" + org.leafOwner() + "/timeline"), token, 40, 5));
        Stats glance = Stats.of(time(URI.create(base + "api/v1/people/" + org.leafOwner() + "/glance"), token, 40, 5));
        out.append(String.format(
                "%nTimeline page (20 items) of a 6th-level person, as an admin: median %.1f ms, p95 %.1f ms;"
                        + " glance median %.1f ms; GET /me median %.1f ms (timeline / me %.2f)%n",
                timeline.median(), timeline.p95(), glance.median(), me.median(), timeline.median() / me.median()));
        Path file = Path.of("target/bench/reports.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        Log.infof("Reports benchmark (%s):%n%s", file.toAbsolutePath(), out);
    }

    /**
     * Makes the root an admin, spreads people over 50 teams (and their objectives with them), adds
     * check-ins up to ~10 per leaf objective and a held fortnightly 1:1 for 90% of the manager–report
     * pairs.
     */
    private long enrich(BenchData.Org org, UUID root) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            String id = "'" + org.id() + "'";
            st.executeUpdate("update people set roles = 'ADMIN,EMPLOYEE' where id = '" + root + "'");
            st.executeUpdate("insert into teams (id, org_id, name) select gen_random_uuid(), " + id
                    + ", 'Team ' || g from generate_series(1, 50) g");
            st.executeUpdate("""
                    with t as (select id, row_number() over (order by name) - 1 as k from teams where org_id = %1$s),
                         p as (select id, row_number() over (order by id) %% 50 as k from people where org_id = %1$s)
                    update people set team_id = t.id from p join t using (k) where people.id = p.id
                    """.formatted(id));
            // each objective in its owner's team (objective_days then holds ~50 teams × 3 levels × ~60 days)
            st.executeUpdate("update objectives o set team_id = p.team_id from people p where p.id = o.owner_id"
                    + " and o.org_id = " + id);
            st.executeUpdate("""
                    insert into check_ins (id, org_id, objective_id, author_id, progress, objective_progress, created_at)
                    select gen_random_uuid(), o.org_id, o.id, o.owner_id, o.progress, o.progress,
                           now() - (g * 9 + (abs(hashtext(o.id::text)) %% 7)) * interval '1 day'
                    from objectives o cross join generate_series(1, 9) g
                    where o.org_id = %s and o.level = 'INDIVIDUAL'
                    """.formatted(id));
            // a fortnightly 1:1 of every manager with 90% of their reports over the last 13 weeks, all held
            st.executeUpdate("""
                    insert into sessions (id, org_id, series_id, kind, organizer_id, attendee_id, starts_at,
                                          duration_minutes, recurrence, status, completed_at, completed_by,
                                          series_starts_at, occurrence)
                    select gen_random_uuid(), p.org_id, s.series_id, 'ONE_TO_ONE', p.manager_id, p.id,
                           s.first + g * interval '14 days', 30, 'FORTNIGHTLY', 'COMPLETED',
                           s.first + g * interval '14 days', p.manager_id, s.first, g
                    from people p
                    cross join lateral (select gen_random_uuid() as series_id, now() - interval '91 days'
                                            + (abs(hashtext(p.id::text)) %% 14) * interval '1 day' as first
                                        where p.id is not null) s
                    cross join generate_series(0, 6) g
                    where p.org_id = %s and p.manager_id is not null and abs(hashtext(p.id::text)) %% 10 <> 0
                      and s.first + g * interval '14 days' < now()
                    """.formatted(id));
            // as autovacuum leaves a table once its inserts settle: the visibility map set, statistics fresh
            st.execute("vacuum analyze");
            // and write the pages the generation dirtied now, not during the timed runs
            st.execute("checkpoint");
            try (var rs = st.executeQuery("select count(*) from check_ins where org_id = " + id)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String table, UUID orgId) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                var rs = st.executeQuery("select count(*) from " + table + " where org_id = '" + orgId + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String csv(String token, String slug, LocalDate from, LocalDate to, String... extra) throws Exception {
        URI uri = URI.create(
                base + "api/v1/reports/" + slug + "?format=csv&from=" + from + "&to=" + to + String.join("", extra));
        List<Double> firstBytes = new ArrayList<>();
        List<Double> firstRows = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        long rows = 0;
        long heapGrowth = 0;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long before = rt.totalMemory() - rt.freeMemory();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long t = System.nanoTime();
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long lines = 0;
            double first = -1;
            double firstRow = -1;
            try (InputStream body = response.body()) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = body.read(buffer)) > 0) {
                    if (first < 0) {
                        first = (System.nanoTime() - t) / 1e6;
                    }
                    for (int k = 0; k < read; k++) {
                        if (buffer[k] == '\n') {
                            lines++;
                            if (lines == 2 && firstRow < 0) {
                                firstRow = (System.nanoTime() - t) / 1e6;
                            }
                        }
                    }
                }
            }
            double total = (System.nanoTime() - t) / 1e6;
            sampler.interrupt();
            sampler.join();
            if (i >= 1) {
                firstBytes.add(first);
                firstRows.add(firstRow);
                totals.add(total);
                heapGrowth = Math.max(heapGrowth, peak.get() - before);
            }
            rows = lines - 1;
        }
        return String.format(
                "CSV %s%s: %,d rows; first byte (the header) median %.1f ms; first data row median %.1f ms;"
                        + " whole export median %.1f ms; peak heap growth"
                        + " during an export (sampled, includes garbage) %,d MB%n",
                slug,
                String.join("", extra),
                rows,
                Stats.of(firstBytes).median(),
                Stats.of(firstRows).median(),
                Stats.of(totals).median(),
                heapGrowth / (1024 * 1024));
    }

    private List<Double> time(URI uri, String token, int runs, int warmup) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            if (i >= warmup) {
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        return times;
    }

    record Stats(double median, double p95) {
        static Stats of(List<Double> millis) {
            double[] sorted =
                    millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Stats(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
        }
    }
}
