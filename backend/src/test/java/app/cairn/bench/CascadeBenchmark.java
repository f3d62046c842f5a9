package app.cairn.bench;

import app.cairn.cascade.CascadeQuery;
import app.cairn.cascade.dto.CascadeResponse;
import app.cairn.people.PersonRepository;
import app.cairn.support.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `make bench`: generates organizations of 1k, 10k and 100k objectives and measures, in one run on
 * one machine, the cascade's SQL alone (JDBC: execute and read every row), JSON serialisation of
 * the response, and GET /api/v1/cascade end to end over HTTP (warm; median and p95). Also the
 * median time of a key-result check-in that rolls progress up a 6-level chain, and, when the SPA is
 * built, the Cascade page's time to interactive with about 1,000 visible nodes in headless Chromium.
 * Writes target/bench/results.md.
 */
@QuarkusTest
@Tag("bench")
class CascadeBenchmark {

    @Inject
    DataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Inject
    PersonRepository people;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    record Stats(double median, double p95) {
        static Stats of(List<Double> millis) {
            double[] sorted =
                    millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Stats(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
        }
    }

    @Test
    void measureTheCascade() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(
                "| objectives | nodes returned | SQL median | SQL p95 | JSON serialisation | API median | API p95 |"
                        + " API / (SQL + JSON) | response size |\n");
        report.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder firstReport = new StringBuilder(
                "| objectives | nodes returned | API median | API p95 | response size |\n|---:|---:|---:|---:|---:|\n");
        double api10k = 0;
        double api100k = 0;
        BenchData.Org browserOrg = null;
        int browserNodes = 0;
        int[] sizes = Arrays.stream(
                        System.getProperty("bench.sizes", "1000,10000,100000").split(","))
                .mapToInt(size -> Integer.parseInt(size.trim()))
                .toArray();
        for (int n : sizes) {
            long generation = System.nanoTime();
            BenchData.Org org = BenchData.generate(dataSource, n);
            Log.infof(
                    "Generated %d objectives in %d ms", org.objectives(), (System.nanoTime() - generation) / 1_000_000);
            int runs = n >= 100_000 ? 15 : 40;
            // Warm-up before the timed runs: enough requests for the JIT to compile the request path
            // (a server answers thousands of these), ~2-5 s per size on an idle machine.
            int warmUps = n >= 100_000 ? 5 : Math.max(5, 200_000 / n);
            String token = QuarkusTransaction.requiringNew().call(() -> fixtures.token(people.findById(org.caller())));
            Stats sql = Stats.of(timeSql(org, runs, warmUps));
            // The whole tree (depth=50) is what the SQL reads and the JSON figure serialises.
            URI uri = URI.create(base + "api/v1/cascade?depth=50&periodId=" + org.periodId());
            List<Double> apiTimes = new ArrayList<>();
            byte[] body = timeApi(uri, token, runs, warmUps, apiTimes);
            // What the page asks for first: the default levels (depth 3).
            List<Double> firstTimes = new ArrayList<>();
            byte[] first = timeApi(
                    URI.create(base + "api/v1/cascade?periodId=" + org.periodId()), token, runs, warmUps, firstTimes);
            CascadeResponse firstLevels = json.readValue(first, CascadeResponse.class);
            Stats firstStats = Stats.of(firstTimes);
            firstReport.append(String.format(
                    "| %,d | %,d | %.1f ms | %.1f ms | %,d KB |%n",
                    n, firstLevels.nodes().size(), firstStats.median(), firstStats.p95(), first.length / 1024));
            CascadeResponse cascade = json.readValue(body, CascadeResponse.class);
            List<Double> serialisation = new ArrayList<>();
            for (int i = 0; i < runs + warmUps; i++) {
                long t = System.nanoTime();
                json.writeValueAsBytes(cascade);
                if (i >= warmUps) {
                    serialisation.add((System.nanoTime() - t) / 1e6);
                }
            }
            Stats api = Stats.of(apiTimes);
            Stats ser = Stats.of(serialisation);
            if (n == 10_000) {
                api10k = api.median();
            }
            if (n == 100_000) {
                api100k = api.median();
            }
            if (browserOrg == null) {
                browserOrg = org;
                browserNodes = cascade.nodes().size();
            }
            report.append(String.format(
                    "| %,d | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f | %,d KB |%n",
                    n,
                    cascade.nodes().size(),
                    sql.median(),
                    sql.p95(),
                    ser.median(),
                    api.median(),
                    api.p95(),
                    api.median() / (sql.median() + ser.median()),
                    body.length / 1024));
        }
        report.append("\nFirst levels (the default, depth 3: what the Cascade page loads first):\n\n")
                .append(firstReport);
        if (api10k > 0 && api100k > 0) {
            report.append(String.format("%nAPI 100k / 10k (median): %.1f×%n", api100k / api10k));
        }
        report.append(String.format("%nCheck-in rolling up a 6-level chain: %s%n", checkIn(browserOrg)));
        report.append(String.format(
                "%nCascade page for the %,d-objective organization (%,d visible to the caller), headless Chromium: %s%n",
                browserOrg.objectives(), browserNodes, browser(browserOrg, browserNodes)));
        Path out = Path.of("target/bench/results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        Log.infof("Benchmark results (%s):%n%s", out.toAbsolutePath(), report);
    }

    /** GET uri warmUps + runs times, adds the timed runs' milliseconds to times; the last body. */
    private byte[] timeApi(URI uri, String token, int runs, int warmUps, List<Double> times) throws Exception {
        byte[] body = null;
        for (int i = 0; i < runs + warmUps; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - t) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("cascade answered " + response.statusCode());
            }
            body = response.body();
            if (i >= warmUps) {
                times.add(ms);
            }
        }
        return body;
    }

    /**
     * The cascade SQL alone, exactly as the API runs it, through plain JDBC: execute, and read every
     * row and every column (as text: the least any client of the query does).
     */
    private List<Double> timeSql(BenchData.Org org, int runs, int warmUps) throws Exception {
        CascadeQuery.Positional query = CascadeQuery.positional(false);
        List<String> order = query.names();
        List<Double> times = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(query.sql())) {
            for (int i = 0; i < order.size(); i++) {
                switch (order.get(i)) {
                    case "me" -> ps.setObject(i + 1, org.caller());
                    case "admin" -> ps.setBoolean(i + 1, false);
                    case "org" -> ps.setObject(i + 1, org.id());
                    default -> ps.setObject(i + 1, org.periodId());
                }
            }
            for (int i = 0; i < runs + warmUps; i++) {
                long t = System.nanoTime();
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rs.getString(column);
                        }
                        rows++;
                    }
                }
                if (i >= warmUps) {
                    times.add((System.nanoTime() - t) / 1e6);
                }
                if (rows == 0) {
                    throw new IllegalStateException("the cascade SQL returned nothing");
                }
            }
        }
        return times;
    }

    /** Median of 30 check-ins on a leaf key result at the 6th level, each rolling up 5 ancestors. */
    private String checkIn(BenchData.Org org) throws Exception {
        String token = QuarkusTransaction.requiringNew().call(() -> fixtures.token(people.findById(org.leafOwner())));
        URI uri = URI.create(base + "api/v1/key-results/" + org.leafKeyResult() + "/check-ins");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"value\": " + (i % 100) + "}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("check-in answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 5) {
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        Stats stats = Stats.of(times);
        return String.format("median %.1f ms, p95 %.1f ms (30 check-ins, warm)", stats.median(), stats.p95());
    }

    /** Runs frontend/e2e/cascade-large.perf.ts (`npm run bench:cascade`) against this server and organization. */
    private String browser(BenchData.Org org, int expectedNodes) throws Exception {
        Path frontend = Path.of("../frontend");
        if (!Files.exists(frontend.resolve("e2e/cascade-large.perf.ts"))
                || !Files.exists(Path.of("target/classes/META-INF/resources/index.html"))) {
            return "not measured (the SPA is not built into target/classes, or the perf spec is missing)";
        }
        String email = QuarkusTransaction.requiringNew().call(() -> people.findById(org.caller()).email);
        ProcessBuilder pb = new ProcessBuilder("npm", "run", "-s", "bench:cascade").directory(frontend.toFile());
        pb.environment().put("BENCH_BASE_URL", base.toString().replaceAll("/$", ""));
        pb.environment().put("BENCH_EMAIL", email);
        pb.environment().put("BENCH_PASSWORD", BenchData.PASSWORD);
        pb.environment().put("BENCH_NODES", String.valueOf(expectedNodes));
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes());
        int status = process.waitFor();
        String result = Arrays.stream(output.split("\n"))
                .map(String::trim)
                .filter(l -> l.startsWith("{") && l.contains("cascade-time-to-interactive"))
                .reduce((a, b) -> b)
                .orElse(null);
        if (status != 0 || result == null) {
            Log.warnf("The browser benchmark failed:%n%s", output);
            return "failed (exit " + status + "), see the log";
        }
        return "`" + result + "`";
    }
}
