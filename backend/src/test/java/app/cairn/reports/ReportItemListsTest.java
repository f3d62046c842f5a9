package app.cairn.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The item lists of the reports (objectives at risk and stale, people without check-ins, overdue 1:1
 * pairs): computed by hand on small fixtures, the same in JSON and CSV, and only over the caller's
 * scope.
 */
@QuarkusTest
class ReportItemListsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    HistoryData data;

    TestOrg org;
    String skip;
    String manager;
    String employee;
    /** Three whole weeks ending last Sunday: the range ends before now, so "now" in the report is its end. */
    LocalDate from = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(3);

    LocalDate to = from.plusDays(20);
    UUID period;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        period = data.period(org.org().id, "Range " + from, from.minusDays(10), to.plusDays(30));
    }

    private Instant day(int offset) {
        return from.plusDays(offset).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private ValidatableResponse report(String token, String slug, String list) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .queryParam("list", list)
                .get("/api/v1/reports/" + slug)
                .then();
    }

    private String csv(String token, String slug, String list) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .queryParam("list", list)
                .queryParam("format", "csv")
                .get("/api/v1/reports/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private UUID objective(UUID owner, String title, String status, String health, double progress) {
        return data.objective(
                org.org().id,
                period,
                owner,
                org.team().id,
                title,
                "INDIVIDUAL",
                status,
                health,
                progress,
                "PRIVATE",
                null,
                day(1));
    }

    @Test
    void shouldListObjectivesAtRiskAndStaleWithinTheCallersScope() {
        UUID alpha = objective(org.employee().id, "Alpha", "ACTIVE", "AT_RISK", 30);
        data.checkIn(org.org().id, alpha, org.employee().id, day(18), 30);
        objective(org.peer().id, "Bravo", "ACTIVE", "ON_TRACK", 10); // no check-in since day 1: stale
        objective(org.skipLevel().id, "Charlie", "ACTIVE", "OFF_TRACK", 5); // above the manager
        objective(org.employee().id, "Delta", "COMPLETED", "AT_RISK", 100); // closed: neither

        report(manager, "health", "at-risk")
                .statusCode(200)
                .body("list", equalTo("at-risk"))
                .body("lists.key", equalTo(List.of("at-risk", "stale")))
                .body("total", equalTo(1))
                .body("rows[0].objective", equalTo("Alpha"))
                .body("rows[0].owner", equalTo("Eli Employee"))
                .body("rows[0].health", equalTo("At risk"))
                .body("rows[0].days_without", equalTo(2))
                // the chart and the figures stay the report's
                .body("chart.kind", equalTo("stacked-bar"))
                .body("figures.find { it.label == 'At risk now' }.value", equalTo(1.0f));
        report(manager, "health", "stale")
                .statusCode(200)
                .body("rows.objective", equalTo(List.of("Bravo")))
                .body("rows[0].last_check_in", nullValue())
                .body("rows[0].days_without", equalTo(19));
        report(skip, "health", "at-risk").body("rows.objective", equalTo(List.of("Charlie", "Alpha")));
        report(skip, "health", "stale").body("rows.objective", equalTo(List.of("Bravo", "Charlie")));
        report(manager, "health", null).body("list", nullValue()).body("columns[0].key", equalTo("week"));

        List<String> lines = csv(manager, "health", "stale").lines().toList();
        assertEquals(
                List.of(
                        "Objective,Owner,Team,Period,Health,Progress,Last check-in,Days without check-in",
                        "Bravo,Pat Peer," + org.team().name + ",Range " + from + ",On track,10,,19"),
                lines);
    }

    @Test
    void shouldNotListGoalsRolledUpFromChildrenAsStale() {
        UUID goal = objective(org.manager().id, "Goal", "ACTIVE", "ON_TRACK", 40); // progress from its child
        UUID child = data.objective(
                org.org().id,
                period,
                org.employee().id,
                org.team().id,
                "Child",
                "INDIVIDUAL",
                "ACTIVE",
                "ON_TRACK",
                40,
                "ORGANIZATION",
                goal,
                day(1));
        UUID measured = objective(org.peer().id, "Measured", "ACTIVE", "ON_TRACK", 0); // key results, no check-in
        data.keyResult(org.org().id, measured, "Signed contracts");
        // a parent whose only child is a draft rolls nothing up: it is checked in on directly, and stale
        UUID lone = objective(org.peer().id, "Lone", "ACTIVE", "ON_TRACK", 0);
        data.objective(
                org.org().id,
                period,
                org.peer().id,
                org.team().id,
                "Draft child",
                "INDIVIDUAL",
                "DRAFT",
                "ON_TRACK",
                0,
                "ORGANIZATION",
                lone,
                day(1));

        report(manager, "health", "stale")
                .statusCode(200)
                .body("rows.objective", equalTo(List.of("Child", "Lone", "Measured")))
                .body("figures.find { it.label.startsWith('Stale') }.value", equalTo(3.0f));
        data.checkIn(org.org().id, child, org.employee().id, day(19), 50);
        report(manager, "health", "stale").body("rows.objective", equalTo(List.of("Lone", "Measured")));
        assertEquals(
                3, csv(manager, "health", "stale").lines().count(), "the header and Lone and Measured, never Goal");
    }

    @Test
    void shouldListPeopleWithoutCheckInsInTheRange() {
        UUID mine = objective(org.employee().id, "Mine", "ACTIVE", "ON_TRACK", 10);
        data.checkIn(org.org().id, mine, org.employee().id, day(3), 10);
        UUID peers = objective(org.peer().id, "Peer's", "ACTIVE", "ON_TRACK", 10);
        data.checkIn(org.org().id, peers, org.peer().id, day(-5), 10); // before the range

        report(manager, "check-in-activity", "without-check-ins")
                .statusCode(200)
                .body("rows.person", equalTo(List.of("Pat Peer", "Mia Manager")))
                .body("rows.active_objectives", equalTo(List.of(1, 0)))
                .body("rows[0].last_check_in", equalTo(day(-5).toString()))
                .body("rows[1].last_check_in", nullValue())
                .body("figures.find { it.label == 'People without check-ins' }.value", equalTo(2.0f));
        // the skip level also has themselves without check-ins
        report(skip, "check-in-activity", "without-check-ins").body("total", equalTo(3));
        List<String> lines =
                csv(manager, "check-in-activity", "without-check-ins").lines().toList();
        assertEquals("Person,Team,Manager,Active objectives,Last check-in before", lines.get(0));
        assertEquals("Pat Peer," + org.team().name + ",Mia Manager,1," + day(-5), lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void shouldListOverduePairsOnlyBelowTheCaller() {
        data.session(org.org().id, org.manager().id, org.employee().id, day(17), "COMPLETED");
        data.session(org.org().id, org.manager().id, org.peer().id, day(1), "COMPLETED");

        report(skip, "one-to-one-cadence", "overdue")
                .statusCode(200)
                .body("rows.manager", equalTo(List.of("Sid Skip", "Mia Manager")))
                .body("rows.report", equalTo(List.of("Mia Manager", "Pat Peer")))
                .body("rows[0].last_one_to_one", nullValue())
                .body("rows[0].due", nullValue())
                .body("rows[1].interval_days", equalTo(14))
                .body("rows[1].due", equalTo(from.plusDays(15).toString()))
                .body("rows[1].days_since", equalTo(19))
                // the chart is still the report's, its series named by the summary table's column
                .body("chart.series[0].name", equalTo("Share met"))
                .body("figures.find { it.label == 'Overdue pairs' }.value", equalTo(2.0f));
        // the manager does not see their own manager's pair with them
        report(manager, "one-to-one-cadence", "overdue").body("rows.report", equalTo(List.of("Pat Peer")));
        List<String> lines =
                csv(manager, "one-to-one-cadence", "overdue").lines().toList();
        assertEquals("Manager,Report,Team,Interval (days),Last 1:1,Due since,Days since last 1:1", lines.get(0));
        assertEquals(
                "Mia Manager,Pat Peer," + org.team().name + ",14," + day(1) + "," + from.plusDays(15) + ",19",
                lines.get(1));
    }

    @Test
    void shouldOfferOnlyManagersAndTeamsWithinTheCallersScope() {
        given().auth()
                .oauth2(manager)
                .get("/api/v1/reports/filter-options")
                .then()
                .statusCode(200)
                .body("managers.name", equalTo(List.of("Mia Manager")))
                .body("managers[0].reports", equalTo(2))
                .body("teams.name", equalTo(List.of(org.team().name)));
        given().auth()
                .oauth2(skip)
                .get("/api/v1/reports/filter-options")
                .then()
                .body("managers.name", equalTo(List.of("Mia Manager", "Sid Skip")));
        given().auth()
                .oauth2(employee)
                .get("/api/v1/reports/filter-options")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseUnknownListsAndEmployees() {
        report(manager, "health", "overdue")
                .statusCode(400)
                .body("errors[0].field", equalTo("list"))
                .body("errors[0].message", equalTo("must be one of at-risk, stale"));
        report(manager, "alignment-coverage", "x").statusCode(400).body("errors[0].field", equalTo("list"));
        report(employee, "one-to-one-cadence", "overdue").statusCode(403);
        given().auth()
                .oauth2(employee)
                .queryParam("list", "overdue")
                .queryParam("format", "csv")
                .get("/api/v1/reports/one-to-one-cadence")
                .then()
                .statusCode(403);
    }
}
