package app.cairn.bench;

import static app.cairn.bench.BenchStats.mean;
import static app.cairn.bench.BenchStats.percentile;
import static app.cairn.bench.BenchStats.time;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `make bench` (API tokens): what authenticating with a personal API token costs over a login JWT.
 * One person, one login token and one personal token (scope `people:read`); `GET /api/v1/me` with
 * each, interleaved request by request (the order flipping every round) on one keep-alive
 * connection, so drift and warm-up hit both alike: 500 warm-up rounds, then `bench.tokens.rounds`
 * (default 3000). Reports the median, p95 and mean of each, and the median of the per-round
 * differences. Writes target/bench/tokens.md.
 */
@QuarkusTest
@Tag("bench")
class TokenAuthBenchmark {

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void measureTokenAuthenticationOverhead() throws Exception {
        int rounds = Integer.getInteger("bench.tokens.rounds", 3000);
        TestOrg org = fixtures.org();
        String jwt = fixtures.token(org.employee());
        String secret = personalToken(jwt);
        HttpRequest withJwt = me(jwt);
        HttpRequest withToken = me(secret);
        for (int i = 0; i < 500; i++) {
            time(http, withJwt);
            time(http, withToken);
        }
        double[] jwtMs = new double[rounds];
        double[] tokenMs = new double[rounds];
        double[] diffMs = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                jwtMs[i] = time(http, withJwt);
                tokenMs[i] = time(http, withToken);
            } else {
                tokenMs[i] = time(http, withToken);
                jwtMs[i] = time(http, withJwt);
            }
            diffMs[i] = tokenMs[i] - jwtMs[i];
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String out = String.format(
                "## API token authentication (GET /api/v1/me, %d interleaved rounds, one connection)%n%n"
                        + "| credential | median | p95 | mean |%n|---|---:|---:|---:|%n"
                        + "| login JWT | %.3f ms | %.3f ms | %.3f ms |%n"
                        + "| personal API token | %.3f ms | %.3f ms | %.3f ms |%n%n"
                        + "Token − JWT: difference of medians **%.3f ms**; median of per-round differences **%.3f ms**"
                        + " (target ≤ 1 ms). Date %s, %d processors, load average %.2f at the end.%n",
                rounds,
                percentile(jwtMs, 50),
                percentile(jwtMs, 95),
                mean(jwtMs),
                percentile(tokenMs, 50),
                percentile(tokenMs, 95),
                mean(tokenMs),
                percentile(tokenMs, 50) - percentile(jwtMs, 50),
                percentile(diffMs, 50),
                LocalDate.now(ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(),
                load);
        Log.info(out);
        Path file = Path.of("target/bench/tokens.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private String personalToken(String jwt) throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/api-tokens"))
                        .header("Authorization", "Bearer " + jwt)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"scopes\":[\"people:read\"]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create the token: " + created.body());
        }
        return created.body().replaceAll("(?s).*\"secret\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private HttpRequest me(String bearer) {
        return HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                .header("Authorization", "Bearer " + bearer)
                .GET()
                .build();
    }
}
