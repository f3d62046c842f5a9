package app.cairn.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.HistoryData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summaries the reports read instead of raw rows — check_in_days and check_in_weeks (check-ins per
 * author and day or week), the previous progress and health linked onto each objective_history row, and
 * objective_roots (where each chain of parents ends) — are kept by triggers: these tests write through
 * them (inserts, backdated inserts, updates, cascaded deletes, a time zone change, re-parenting) and read
 * them only through the report endpoints, under each caller's scope.
 */
@QuarkusTest
class ReportRollupsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DataSource dataSource;

    @Inject
    HistoryData data;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    /** Three whole weeks, Monday to Sunday, ending before this week. */
    LocalDate from = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(4);

    LocalDate to = from.plusDays(20);
    UUID period;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        period = data.period(org.org().id, "Range " + from, from.minusDays(10), to.plusDays(30));
    }

    private Instant day(int offset) {
        return from.plusDays(offset).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private ValidatableResponse report(String token, String slug) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .get("/api/v1/reports/" + slug)
                .then()
                .statusCode(200);
    }

    private UUID objective(TestOrg in, UUID periodId, UUID owner, String title, String health) {
        return data.objective(
                in.org().id,
                periodId,
                owner,
                null,
                title,
                "INDIVIDUAL",
                "ACTIVE",
                health,
                0,
                "ORGANIZATION",
                null,
                day(1));
    }

    private static float checkIns(ValidatableResponse response) {
        return response.extract().path("figures.find { it.label == 'Check-ins' }.value");
    }

    /** JIT compiling a report's plan cost 0.9 s of the health report's 1.2 s at 100k objectives (#14). */
    @Test
    void shouldRunStatementsWithoutJitCompilation() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("select current_setting('jit')")) {
            rs.next();
            assertEquals("off", rs.getString(1));
        }
    }

    @Test
    void shouldCountOnlyCheckInsOfPeopleInTheCallersScope() {
        UUID mine = objective(org, period, org.employee().id, "Mine", "ON_TRACK");
        UUID above = objective(org, period, org.skipLevel().id, "Above", "ON_TRACK");
        data.checkIn(org.org().id, mine, org.employee().id, day(2), 10);
        data.checkIn(org.org().id, mine, org.employee().id, day(2), 20); // same person, same day: one summary row
        data.checkIn(org.org().id, above, org.skipLevel().id, day(3), 10);
        TestOrg other = fixtures.org();
        UUID otherPeriod = data.period(other.org().id, "Other", from.minusDays(10), to.plusDays(30));
        UUID elsewhere = objective(other, otherPeriod, other.employee().id, "Elsewhere", "ON_TRACK");
        data.checkIn(other.org().id, elsewhere, other.employee().id, day(2), 10);

        // the manager: only the employee's two; never the skip-level's above them, nor another organization's
        report(manager, "check-in-activity")
                .body("figures.find { it.label == 'Check-ins' }.value", equalTo(2.0f))
                .body("chart.x", equalTo(List.of(from.toString())))
                .body("chart.series.find { it.name == 'Check-ins' }.data", equalTo(List.of(2.0f)))
                .body("chart.series.find { it.name == 'People checking in' }.data", equalTo(List.of(1.0f)))
                .body("rows.find { it.person == 'Eli Employee' }.check_ins", equalTo(2))
                .body("rows.find { it.person == 'Sid Skip' }", equalTo(null));
        report(skip, "check-in-activity")
                .body("figures.find { it.label == 'Check-ins' }.value", equalTo(3.0f))
                .body("rows.find { it.person == 'Sid Skip' }.check_ins", equalTo(1))
                .body("chart.series.find { it.name == 'People checking in' }.data", equalTo(List.of(2.0f)));
        report(admin, "check-in-activity").body("figures.find { it.label == 'Check-ins' }.value", equalTo(3.0f));
    }

    @Test
    void shouldKeepTheDailyCountsThroughDeletesAndTimeZoneChanges() {
        UUID kept = objective(org, period, org.employee().id, "Kept", "ON_TRACK");
        UUID dropped = objective(org, period, org.employee().id, "Dropped", "ON_TRACK");
        // Sunday of the first week, 23:30 UTC: Monday of the second week in Auckland
        Instant lateSunday = from.plusDays(6).atTime(23, 30).toInstant(ZoneOffset.UTC);
        data.checkIn(org.org().id, kept, org.employee().id, lateSunday, 10);
        data.checkIn(org.org().id, dropped, org.employee().id, lateSunday, 10);
        data.checkIn(org.org().id, dropped, org.employee().id, day(9), 10);
        assertEquals(3.0f, checkIns(report(manager, "check-in-activity")));

        data.deleteObjective(dropped); // its check-ins go with it, and out of the summary
        report(manager, "check-in-activity")
                .body("figures.find { it.label == 'Check-ins' }.value", equalTo(1.0f))
                .body("chart.x", equalTo(List.of(from.toString())))
                .body("rows.find { it.person == 'Eli Employee' }.last_check_in", equalTo(lateSunday.toString()));

        data.orgZone(org.org().id, "Pacific/Auckland"); // the same check-in is now on a Monday
        report(manager, "check-in-activity")
                .body("figures.find { it.label == 'Check-ins' }.value", equalTo(1.0f))
                .body("chart.x", equalTo(List.of(from.plusWeeks(1).toString())));
    }

    @Test
    void shouldCountThePartialFirstAndLastWeeksOfARangeByTheDay() {
        UUID mine = objective(org, period, org.employee().id, "Mine", "ON_TRACK");
        data.checkIn(org.org().id, mine, org.employee().id, day(1), 10); // Tuesday before the range
        data.checkIn(org.org().id, mine, org.employee().id, day(2), 20); // its first day, a Wednesday
        data.checkIn(org.org().id, mine, org.employee().id, day(10), 30); // the whole week between
        data.checkIn(org.org().id, mine, org.employee().id, day(15), 40); // its last day, a Tuesday
        data.checkIn(org.org().id, mine, org.employee().id, day(16), 50); // the Wednesday after it

        given().auth()
                .oauth2(manager)
                .queryParam("from", from.plusDays(2).toString())
                .queryParam("to", from.plusDays(15).toString())
                .get("/api/v1/reports/check-in-activity")
                .then()
                .statusCode(200)
                .body("figures.find { it.label == 'Check-ins' }.value", equalTo(3.0f))
                .body(
                        "chart.x",
                        equalTo(List.of(
                                from.toString(),
                                from.plusWeeks(1).toString(),
                                from.plusWeeks(2).toString())))
                .body("chart.series.find { it.name == 'Check-ins' }.data", equalTo(List.of(1.0f, 1.0f, 1.0f)))
                .body("rows.find { it.person == 'Eli Employee' }.check_ins", equalTo(3))
                .body("rows.find { it.person == 'Eli Employee' }.active_weeks", equalTo(3))
                .body("rows.find { it.person == 'Eli Employee' }.last_check_in", equalTo(day(15).toString()));
    }

    @Test
    void shouldMoveCheckInsToTheirNewWeekWhenTheirTimeIsCorrected() {
        UUID kept = objective(org, period, org.employee().id, "Kept", "ON_TRACK");
        UUID moved = objective(org, period, org.employee().id, "Moved", "ON_TRACK");
        data.checkIn(org.org().id, kept, org.employee().id, day(2), 10);
        data.checkIn(org.org().id, moved, org.employee().id, day(2), 10);
        report(manager, "check-in-activity")
                .body("chart.x", equalTo(List.of(from.toString())))
                .body("chart.series.find { it.name == 'Check-ins' }.data", equalTo(List.of(2.0f)));

        data.moveCheckIns(moved, day(9));
        report(manager, "check-in-activity")
                .body(
                        "chart.x",
                        equalTo(List.of(from.toString(), from.plusWeeks(1).toString())))
                .body("chart.series.find { it.name == 'Check-ins' }.data", equalTo(List.of(1.0f, 1.0f)))
                .body("rows.find { it.person == 'Eli Employee' }.active_weeks", equalTo(2))
                .body("rows.find { it.person == 'Eli Employee' }.last_check_in", equalTo(day(9).toString()));
    }

    @Test
    void shouldFollowRealignmentsInTheAlignmentCoverage() {
        UUID goal = data.objective(
                org.org().id,
                period,
                org.admin().id,
                null,
                "Goal",
                "COMPANY",
                "ACTIVE",
                "ON_TRACK",
                0,
                "ORGANIZATION",
                null,
                day(1));
        UUID team = data.objective(
                org.org().id,
                period,
                org.manager().id,
                null,
                "Team",
                "TEAM",
                "ACTIVE",
                "ON_TRACK",
                0,
                "ORGANIZATION",
                goal,
                day(1));
        data.objective(
                org.org().id,
                period,
                org.employee().id,
                null,
                "Below",
                "INDIVIDUAL",
                "ACTIVE",
                "ON_TRACK",
                0,
                "ORGANIZATION",
                team,
                day(1));
        UUID loose = objective(org, period, org.employee().id, "Loose", "ON_TRACK");
        report(admin, "alignment-coverage")
                .body("rows[0].objectives", equalTo(3))
                .body("rows[0].aligned", equalTo(2));

        data.reparent(loose, team);
        report(admin, "alignment-coverage").body("rows[0].aligned", equalTo(3));
        data.reparent(team, null); // the team objective and everything below it lose the goal
        report(admin, "alignment-coverage").body("rows[0].aligned", equalTo(0));
        data.reparent(team, goal);
        report(admin, "alignment-coverage").body("rows[0].aligned", equalTo(3));
    }

    @Test
    void shouldReadHealthAndProgressRightWhenHistoryIsWrittenOutOfOrder() {
        UUID goal = objective(org, period, org.employee().id, "Goal", "ON_TRACK"); // day 1: on track, 0 %
        data.history(org.org().id, goal, day(15), 60, "OFF_TRACK", "ACTIVE");
        data.history(org.org().id, goal, day(8), 30, "AT_RISK", "ACTIVE"); // backdated, written last
        objective(org, period, org.skipLevel().id, "Above", "AT_RISK"); // outside the manager's scope

        report(manager, "health")
                .body("rows.on_track", equalTo(List.of(1, 0, 0)))
                .body("rows.at_risk", equalTo(List.of(0, 1, 0)))
                .body("rows.off_track", equalTo(List.of(0, 0, 1)));
        report(skip, "health").body("rows.at_risk", equalTo(List.of(1, 2, 1)));
        given().auth()
                .oauth2(manager)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .queryParam("groupBy", "level")
                .get("/api/v1/reports/objective-progress")
                .then()
                .statusCode(200)
                .body("rows.objectives", equalTo(List.of(1, 1, 1)))
                .body("rows.average_progress", equalTo(List.of(0.0f, 30.0f, 60.0f)));
    }
}
