package app.cairn.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * For studying plans on a benchmark database (`-Dgroups=bench -Dtest=ReportSqlDump -Dbench.org=…
 * -Dbench.admin=…`): writes each report's statement, with its parameters written in as literals, for
 * the whole organization over the last 13 weeks as an admin, to target/bench/sql/{slug}.sql, ready for
 * `psql -f` or `EXPLAIN (ANALYZE, BUFFERS)`.
 */
@Tag("bench")
public class ReportSqlDump {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9]*)");

    @Test
    void writeEachReportsStatement() throws Exception {
        write(
                wholeOrganization(
                        UUID.fromString(System.getProperty("bench.org")),
                        UUID.fromString(System.getProperty("bench.admin"))),
                Path.of("target/bench/sql"));
    }

    /** Writes each report's statement for `scope` (first page of 100 rows) to `folder`/{slug}.sql. */
    public static void write(ReportScope scope, Path folder) throws java.io.IOException {
        Map<String, Object> params = scope.params();
        params.put("limit", 100);
        params.put("offset", 0);
        Files.createDirectories(folder);
        for (Report report : List.of(
                new ObjectiveProgressReport(),
                new HealthReport(),
                new AlignmentCoverageReport(),
                new CheckInActivityReport(),
                new OneToOneCadenceReport(),
                new ReviewCompletionReport(),
                new RatingDistributionReport(),
                new FeedbackVolumeReport())) {
            Files.writeString(
                    folder.resolve(report.slug() + ".sql"),
                    inline(ReportRunner.mainQuery(report, scope), params) + ";\n");
        }
    }

    /** The benchmarks' report request: the whole organization over the last 13 weeks (UTC), as an admin. */
    public static ReportScope wholeOrganization(UUID org, UUID admin) {
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        return new ReportScope(
                org,
                admin,
                true,
                to.minusWeeks(13).plusDays(1),
                to,
                null,
                null,
                null,
                "team",
                true,
                Instant.now(),
                ZoneOffset.UTC);
    }

    private static String inline(String sql, Map<String, Object> params) {
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = params.get(matcher.group(1));
            String literal;
            if (value == null) {
                literal = "null";
            } else if (value instanceof UUID || value instanceof String) {
                literal = "'" + value.toString().replace("'", "''") + "'" + (value instanceof UUID ? "::uuid" : "");
            } else if (value instanceof LocalDate) {
                literal = "date '" + value + "'";
            } else if (value instanceof Timestamp timestamp) {
                literal = "timestamptz '" + timestamp.toInstant() + "'";
            } else {
                literal = value.toString();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        return matcher.appendTail(out).toString();
    }
}
