package app.cairn.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    HistoryData data;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    String employee;
    /** Three whole weeks, Monday to Sunday, ending last week. */
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
        employee = fixtures.token(org.employee());
        period = data.period(org.org().id, "Range " + from, from.minusDays(10), to.plusDays(30));
    }

    private Instant day(int offset) {
        return from.plusDays(offset).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private ValidatableResponse report(String token, String slug, Object... query) {
        var request =
                given().auth().oauth2(token).queryParam("from", from.toString()).queryParam("to", to.toString());
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get("/api/v1/reports/" + slug).then();
    }

    private void progressFixture() {
        UUID a = data.objective(
                org.org().id,
                period,
                org.employee().id,
                null,
                "A",
                "INDIVIDUAL",
                "ACTIVE",
                "ON_TRACK",
                50,
                "PRIVATE",
                null,
                day(1));
        data.history(org.org().id, a, day(8), 40, "AT_RISK", "ACTIVE");
        data.history(org.org().id, a, day(15), 50, "ON_TRACK", "ACTIVE");
        UUID b = data.objective(
                org.org().id,
                period,
                org.peer().id,
                null,
                "B",
                "INDIVIDUAL",
                "ACTIVE",
                "OFF_TRACK",
                100,
                "ORGANIZATION",
                null,
                day(1));
        data.history(org.org().id, b, day(9), 100, "OFF_TRACK", "ACTIVE");
    }

    @Test
    void shouldComputeWeeklyAverageProgressFromTheHistory() {
        progressFixture();
        report(manager, "objective-progress", "groupBy", "level")
                .statusCode(200)
                .body("total", equalTo(3))
                .body(
                        "rows.week",
                        equalTo(List.of(
                                from.toString(),
                                from.plusWeeks(1).toString(),
                                from.plusWeeks(2).toString())))
                .body("rows.grp", equalTo(List.of("Individual", "Individual", "Individual")))
                .body("rows.objectives", equalTo(List.of(2, 2, 2)))
                .body("rows.average_progress", equalTo(List.of(0.0f, 70.0f, 75.0f)))
                .body("chart.series[0].name", equalTo("Individual"))
                .body("chart.series[0].data", equalTo(List.of(0.0f, 70.0f, 75.0f)));
        report(manager, "health")
                .statusCode(200)
                .body("rows.on_track", equalTo(List.of(1, 0, 1)))
                .body("rows.at_risk", equalTo(List.of(0, 1, 0)))
                .body("rows.off_track", equalTo(List.of(1, 1, 1)));
        // the skip level sees the same people; an admin of another organization sees nothing of them
        report(skip, "objective-progress").body("rows.average_progress", equalTo(List.of(0.0f, 70.0f, 75.0f)));
        report(fixtures.token(fixtures.org().admin()), "objective-progress").body("total", equalTo(0));
    }

    /**
     * An admin's unfiltered report reads the organization's objectives and check-ins without looking the
     * owners up among the people in scope (`wholeOrg`); with a team or manager filter it does. Both must
     * count the same objectives, and grouping by manager reads the owner's manager either way.
     */
    @Test
    void shouldCountTheSameForTheWholeOrganizationAsThroughItsPeople() {
        progressFixture();
        UUID own = data.objective(
                org.org().id,
                period,
                org.admin().id,
                null,
                "C",
                "TEAM",
                "ACTIVE",
                "AT_RISK",
                20,
                "ORGANIZATION",
                null,
                day(1));
        data.history(org.org().id, own, day(2), 20, "AT_RISK", "ACTIVE");
        data.checkIn(org.org().id, own, org.admin().id, day(2), 20);
        data.checkIn(org.org().id, own, org.employee().id, day(9), 20);
        report(admin, "objective-progress", "groupBy", "manager")
                .statusCode(200)
                .body(
                        "rows.grp",
                        equalTo(List.of(
                                "Mia Manager", "No manager", "Mia Manager", "No manager", "Mia Manager", "No manager")))
                .body("rows.objectives", equalTo(List.of(2, 1, 2, 1, 2, 1)))
                .body("rows.average_progress", equalTo(List.of(0.0f, 20.0f, 70.0f, 20.0f, 75.0f, 20.0f)));
        // the team (Sid, Mia, Eli, Pat) and Sid's tree (Mia, Eli, Pat) leave out the admin's objective
        for (Object[] filter :
                List.of(new Object[] {"teamId", org.team().id}, new Object[] {"managerId", org.skipLevel().id})) {
            report(admin, "objective-progress", "groupBy", "manager", filter[0], filter[1])
                    .statusCode(200)
                    .body("rows.grp", equalTo(List.of("Mia Manager", "Mia Manager", "Mia Manager")))
                    .body("rows.average_progress", equalTo(List.of(0.0f, 70.0f, 75.0f)));
            report(admin, "health", filter[0], filter[1])
                    .body("rows.at_risk", equalTo(List.of(0, 1, 0)))
                    .body("figures.find { it.label == 'At risk now' }.value", equalTo(0.0f));
            report(admin, "check-in-activity", filter[0], filter[1])
                    .body("figures.find { it.label == 'Check-ins' }.value", equalTo(1.0f));
        }
        report(admin, "health")
                .body("rows.at_risk", equalTo(List.of(1, 2, 1)))
                .body("figures.find { it.label == 'At risk now' }.value", equalTo(1.0f));
        report(admin, "check-in-activity").body("figures.find { it.label == 'Check-ins' }.value", equalTo(2.0f));
        report(admin, "alignment-coverage").body("rows[0].objectives", equalTo(3));
        report(admin, "alignment-coverage", "teamId", org.team().id).body("rows[0].objectives", equalTo(2));
    }

    @Test
    void shouldExportExactlyTheJsonTableAsCsv() {
        progressFixture();
        List<Map<String, Object>> rows =
                report(manager, "objective-progress").extract().jsonPath().getList("rows");
        String csv = given().auth()
                .oauth2(manager)
                .accept("text/csv")
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .get("/api/v1/reports/objective-progress")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", containsString("objective-progress-"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals("Week,Team,Objectives,Average progress", lines.get(0));
        assertEquals(rows.size() + 1, lines.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String expected = row.get("week") + "," + row.get("grp") + "," + row.get("objectives") + ","
                    + new java.math.BigDecimal(row.get("average_progress").toString())
                            .stripTrailingZeros()
                            .toPlainString();
            assertEquals(expected, lines.get(i + 1));
        }
        // format=csv does the same
        given().auth()
                .oauth2(manager)
                .queryParam("format", "csv")
                .get("/api/v1/reports/health")
                .then()
                .statusCode(200)
                .contentType("text/csv");
    }

    @Test
    void shouldNeutraliseFormulasInCsvCells() {
        fixtures.addPerson(org.org().id, "formula@test.example", "=HYPERLINK(\"x\")", org.manager().id, false);
        String csv = given().auth()
                .oauth2(manager)
                .queryParam("format", "csv")
                .get("/api/v1/reports/check-in-activity")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv);
    }

    @Test
    void shouldCountCheckInsPerPersonWithPeopleWithoutCheckInsFirst() {
        UUID a = data.objective(
                org.org().id,
                period,
                org.employee().id,
                null,
                "A",
                "INDIVIDUAL",
                "ACTIVE",
                "ON_TRACK",
                0,
                "ORGANIZATION",
                null,
                day(1));
        data.checkIn(org.org().id, a, org.employee().id, day(2), 10);
        data.checkIn(org.org().id, a, org.employee().id, day(3), 20);
        data.checkIn(org.org().id, a, org.employee().id, day(10), 30);
        data.checkIn(org.org().id, a, org.employee().id, day(40), 30); // after the range
        report(manager, "check-in-activity")
                .statusCode(200)
                .body("rows.person", equalTo(List.of("Mia Manager", "Pat Peer", "Eli Employee")))
                .body("rows[2].check_ins", equalTo(3))
                .body("rows[2].active_weeks", equalTo(2))
                .body("rows[2].per_week", equalTo(1.0f))
                .body("figures.find { it.label == 'People without check-ins' }.value", equalTo(2.0f));
    }

    @Test
    void shouldMeasureOneToOneCadencePerManager() {
        data.session(org.org().id, org.manager().id, org.employee().id, day(17), "COMPLETED");
        data.session(org.org().id, org.manager().id, org.peer().id, day(1), "COMPLETED"); // 20 days before the end
        data.session(org.org().id, org.manager().id, org.peer().id, day(18), "CANCELLED");
        report(skip, "one-to-one-cadence")
                .statusCode(200)
                .body("rows.manager", equalTo(List.of("Sid Skip", "Mia Manager")))
                .body("rows[1].reports", equalTo(2))
                .body("rows[1].met", equalTo(1))
                .body("rows[1].share", equalTo(50.0f))
                .body("rows[1].overdue", equalTo(1))
                .body("rows[0].share", equalTo(0.0f))
                .body("figures.find { it.label == 'Overdue pairs' }.value", equalTo(2.0f));
    }

    @Test
    void shouldShowManagersOnlyTheRatingsTheyMayRead() {
        data.review(org.org().id, period, org.employee().id, org.manager().id, null, "Cycle A", "SHARED", 4.0, day(5));
        data.review(org.org().id, period, org.manager().id, org.skipLevel().id, null, "Cycle B", "SHARED", 3.0, day(6));
        report(manager, "rating-distribution")
                .statusCode(200)
                .body("rows.rating", equalTo(List.of(4)))
                .body("rows.reviews", equalTo(List.of(1)));
        report(skip, "rating-distribution").body("rows.rating", equalTo(List.of(4, 3)));
        report(admin, "rating-distribution").body("rows", hasSize(2));
        report(manager, "review-completion").body("rows.reviews", equalTo(List.of(1, 1)));
    }

    @Test
    void shouldCountOnlyFeedbackTheCallerMayKnowOf() {
        data.feedback(org.org().id, org.peer().id, org.employee().id, "PRIVATE", "Private", day(2));
        data.feedback(org.org().id, org.peer().id, org.employee().id, "PUBLIC", "Praise", day(3));
        report(manager, "feedback-volume").body("rows[0].feedback", equalTo(0)).body("rows[0].praise", equalTo(1));
        report(admin, "feedback-volume").body("rows[0].feedback", equalTo(1)).body("rows[0].praise", equalTo(1));
    }

    @Test
    void shouldMeasureAlignmentCoveragePerPeriod() {
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
                "Mine",
                "INDIVIDUAL",
                "ACTIVE",
                "ON_TRACK",
                0,
                "ORGANIZATION",
                team,
                day(1));
        data.objective(
                org.org().id,
                period,
                org.peer().id,
                null,
                "Loose",
                "INDIVIDUAL",
                "ACTIVE",
                "ON_TRACK",
                0,
                "ORGANIZATION",
                null,
                day(1));
        report(admin, "alignment-coverage")
                .statusCode(200)
                .body("rows[0].objectives", equalTo(3))
                .body("rows[0].aligned", equalTo(2))
                .body("rows[0].coverage", equalTo(66.7f));
    }

    @Test
    void shouldRefuseEmployeesAndOutOfScopeFilters() {
        given().auth()
                .oauth2(employee)
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(manager)
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("slug", hasItem("health"));
        report(employee, "health").statusCode(403).contentType("application/problem+json");
        report(manager, "nope").statusCode(404).body("errors[0].field", equalTo("report"));
        report(manager, "health", "managerId", org.skipLevel().id)
                .statusCode(404)
                .body("errors[0].field", equalTo("managerId"));
        TestOrg other = fixtures.org();
        report(manager, "health", "teamId", other.team().id).statusCode(404).body("errors[0].field", equalTo("teamId"));
        report(admin, "health", "teamId", org.team().id).statusCode(200);
        given().auth()
                .oauth2(manager)
                .queryParam("from", "2026-05-02")
                .queryParam("to", "2026-05-01")
                .get("/api/v1/reports/health")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth()
                .oauth2(manager)
                .queryParam("from", "2020-01-01")
                .queryParam("to", "2026-05-01")
                .get("/api/v1/reports/health")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        report(manager, "health", "level", "GALAXY").statusCode(400).body("errors[0].field", equalTo("level"));
        report(manager, "health", "groupBy", "x").statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().get("/api/v1/reports").then().statusCode(401);
        report(manager, "health").body("rows", not(hasSize(0)));
    }
}
