package app.cairn.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.HistoryData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * objective_days (V201) against the history it sums: after each kind of write — history rows added,
 * backdated (relinking the next row), deleted; an objective published from draft, moved to another team,
 * level or period, deleted; the organization's time zone changed; the rows folded — every bucket equals
 * the sum recomputed from objective_history. And the whole organization's weekly progress and health
 * (read from objective_days) equal the same reports read from the history through the people in scope.
 */
@QuarkusTest
class ObjectiveDaysTest {

    /** Each bucket's sums (day, period, level, team), recomputed from objective_history ⋈ objectives. */
    private static final String FROM_HISTORY = """
            select cast(h.recorded_at at time zone z.time_zone as date) as day, o.period_id, o.level,
                   coalesce(o.team_id, '00000000-0000-0000-0000-000000000000') as team_id,
                   sum(h.progress - coalesce(h.prev_progress, 0)) as progress_change,
                   sum((h.prev_health is null)::int) as started,
                   sum((h.health = 'ON_TRACK')::int - coalesce((h.prev_health = 'ON_TRACK')::int, 0)) as on_track,
                   sum((h.health = 'AT_RISK')::int - coalesce((h.prev_health = 'AT_RISK')::int, 0)) as at_risk,
                   sum((h.health = 'OFF_TRACK')::int - coalesce((h.prev_health = 'OFF_TRACK')::int, 0)) as off_track
            from objective_history h join objectives o on o.id = h.objective_id
            join organizations z on z.id = h.org_id
            where h.org_id = ? and o.status <> 'DRAFT'
            group by 1, 2, 3, 4
            """;

    private static final String FROM_DAYS = """
            select day, period_id, level, team_id, sum(progress_change) as progress_change, sum(started) as started,
                   sum(on_track) as on_track, sum(at_risk) as at_risk, sum(off_track) as off_track
            from objective_days where org_id = ?
            group by 1, 2, 3, 4
            """;

    @Inject
    Fixtures fixtures;

    @Inject
    HistoryData data;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectiveDaysCompaction compaction;

    TestOrg org;
    UUID period;
    LocalDate from = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(4);
    LocalDate to = from.plusDays(20);

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        period = data.period(org.org().id, "Range " + from, from.minusDays(10), to.plusDays(30));
    }

    private Instant day(int offset, int hour) {
        return from.plusDays(offset).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private UUID objective(UUID owner, UUID team, String level, String status, String health, int day) {
        return data.objective(
                org.org().id, period, owner, team, "O", level, status, health, 0, "ORGANIZATION", null, day(day, 9));
    }

    @Test
    void shouldSumTheHistoryAfterEveryKindOfWrite() throws Exception {
        UUID orgId = org.org().id;
        UUID a = objective(org.employee().id, org.team().id, "INDIVIDUAL", "ACTIVE", "ON_TRACK", 1);
        data.history(orgId, a, day(3, 10), 40, "AT_RISK", "ACTIVE");
        data.history(orgId, a, day(10, 10), 60, "ON_TRACK", "ACTIVE");
        assertSums("history added");
        data.history(orgId, a, day(5, 23), 50, "OFF_TRACK", "ACTIVE");
        assertSums("a backdated row, relinking the next");

        UUID draft = objective(org.peer().id, org.team().id, "INDIVIDUAL", "DRAFT", "ON_TRACK", 2);
        data.history(orgId, draft, day(4, 10), 30, "AT_RISK", "DRAFT");
        assertSums("a draft's history (not counted)");
        exec("update objectives set status = 'ACTIVE' where id = ?", draft);
        assertSums("the draft published");

        UUID c = objective(org.manager().id, null, "TEAM", "ACTIVE", "AT_RISK", 2);
        data.history(orgId, c, day(8, 10), 70, "ON_TRACK", "ACTIVE");
        exec("update objectives set team_id = ? where id = ?", org.team().id, c);
        assertSums("moved to a team");
        exec("update objectives set level = 'INDIVIDUAL' where id = ?", c);
        assertSums("moved to another level");
        UUID later = data.period(orgId, "Later " + from, to.plusDays(31), to.plusDays(120));
        exec("update objectives set period_id = ? where id = ?", later, c);
        assertSums("moved to another period");
        exec("update objectives set progress = 80, health = 'OFF_TRACK' where id = ?", c);
        assertSums("an update that moves nothing");
        exec("update objectives set team_id = null where org_id = ? and team_id is not null", orgId);
        assertSums("several moved in one statement");

        UUID gone = objective(org.peer().id, null, "INDIVIDUAL", "ACTIVE", "OFF_TRACK", 3);
        data.history(orgId, gone, day(6, 10), 10, "ON_TRACK", "ACTIVE");
        exec("delete from objectives where id = ?", gone);
        assertSums("an objective deleted with its history");
        exec("delete from objective_history where objective_id = ? and recorded_at = ?", a, day(3, 10));
        assertSums("a history row deleted");

        exec("update organizations set time_zone = 'Pacific/Auckland' where id = ?", orgId);
        assertSums("the organization's time zone changed (the 23:00 UTC row moves a day on)");

        compaction.run();
        assertSums("folded");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select count(*) from (select 1 from objective_days where org_id = ?
                                              group by day, period_id, level, team_id having count(*) > 1) x
                        """)) {
            statement.setObject(1, orgId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "every bucket is one row after folding");
            }
        }
    }

    @Test
    void shouldGiveTheWholeOrganizationTheFiguresOfItsHistory() {
        UUID orgId = org.org().id;
        UUID a = objective(org.employee().id, org.team().id, "INDIVIDUAL", "ACTIVE", "ON_TRACK", 1);
        data.history(orgId, a, day(8, 10), 40, "AT_RISK", "ACTIVE");
        data.history(orgId, a, day(15, 10), 55, "ON_TRACK", "ACTIVE");
        UUID b = objective(org.peer().id, null, "INDIVIDUAL", "ACTIVE", "OFF_TRACK", 2);
        data.history(orgId, b, day(9, 10), 100, "OFF_TRACK", "ACTIVE");
        UUID c = objective(org.manager().id, org.team().id, "TEAM", "ACTIVE", "AT_RISK", 0);
        data.history(orgId, c, day(4, 10), 20, "ON_TRACK", "ACTIVE");
        data.history(orgId, c, day(16, 10), 35, "AT_RISK", "ACTIVE");
        UUID before = objective(org.skipLevel().id, null, "TEAM", "ACTIVE", "ON_TRACK", -8);
        data.history(orgId, before, day(-3, 10), 10, "ON_TRACK", "ACTIVE");
        objective(org.employee().id, org.team().id, "INDIVIDUAL", "DRAFT", "ON_TRACK", 3);
        String admin = fixtures.token(org.admin());
        String skip = fixtures.token(org.skipLevel());
        for (String groupBy : List.of("team", "level")) {
            List<Map<String, Object>> whole = rows(admin, "objective-progress", groupBy);
            assertEquals(rows(skip, "objective-progress", groupBy), whole, "progress by " + groupBy);
            assertTrue(whole.size() >= 6, "several groups and weeks: " + whole);
        }
        List<Map<String, Object>> health = rows(admin, "health", "team");
        assertEquals(rows(skip, "health", "team"), health);
        assertEquals(
                List.of(0, 1, 1), health.stream().map(r -> r.get("at_risk")).toList());
    }

    private List<Map<String, Object>> rows(String token, String slug, String groupBy) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .queryParam("groupBy", groupBy)
                .get("/api/v1/reports/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("rows");
    }

    private void assertSums(String after) throws Exception {
        List<String> expected = sums(FROM_HISTORY);
        assertEquals(expected, sums(FROM_DAYS), "objective_days after: " + after);
        assertTrue(!expected.isEmpty(), "the fixture has history");
    }

    /** The buckets with any non-zero sum, as sorted lines. */
    private List<String> sums(String sql) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select * from (" + sql + ") s where progress_change <> 0 or started <> 0 or on_track <> 0"
                                + " or at_risk <> 0 or off_track <> 0 order by 1, 2, 3, 4")) {
            statement.setObject(1, org.org().id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= 9; i++) {
                        Object value = rs.getObject(i);
                        line.append(value instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : value)
                                .append(' ');
                    }
                    lines.add(line.toString().strip());
                }
            }
        }
        return lines;
    }

    private void exec(String sql, Object... params) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i] instanceof Instant at ? java.sql.Timestamp.from(at) : params[i]);
            }
            statement.executeUpdate();
        }
    }
}
