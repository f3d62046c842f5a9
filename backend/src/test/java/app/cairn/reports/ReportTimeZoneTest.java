package app.cairn.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.HistoryData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Days and weeks of reports and timelines are the organization's, not UTC's: a check-in just after
 * midnight on a Monday in Auckland (still Sunday in UTC) counts in that Monday's week and day, and one
 * on a Sunday evening in Los Angeles (already Monday in UTC) in the week before.
 */
@QuarkusTest
class ReportTimeZoneTest {

    @Inject
    Fixtures fixtures;

    @Inject
    HistoryData data;

    TestOrg org;
    String manager;
    String employee;
    /** A Monday three weeks ago; the range is the week before it and its own week. */
    LocalDate monday = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(3);

    LocalDate sunday = monday.minusDays(1);

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
    }

    /** An objective of the employee that turns at risk, with a check-in, at `at`. */
    private void checkedInAt(Instant at) {
        UUID period = data.period(org.org().id, "Around " + monday, monday.minusDays(20), monday.plusDays(30));
        UUID objective = data.objective(
                org.org().id,
                period,
                org.employee().id,
                null,
                "Zoned",
                "INDIVIDUAL",
                "ACTIVE",
                "ON_TRACK",
                20,
                "ORGANIZATION",
                null,
                monday.minusDays(10).atTime(12, 0).toInstant(ZoneOffset.UTC));
        data.history(org.org().id, objective, at, 20, "AT_RISK", "ACTIVE");
        data.checkIn(org.org().id, objective, org.employee().id, at, 20);
    }

    private ValidatableResponse report(String slug, LocalDate from, LocalDate to) {
        return given().auth()
                .oauth2(manager)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .get("/api/v1/reports/" + slug)
                .then()
                .statusCode(200);
    }

    private ValidatableResponse checkInsOn(LocalDate day) {
        return given().auth()
                .oauth2(employee)
                .queryParam("kind", "CHECK_INS")
                .queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .get("/api/v1/people/" + org.employee().id + "/timeline")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldCountAnAucklandMondayMorningInThatMondaysWeekAndDay() {
        data.orgZone(org.org().id, "Pacific/Auckland");
        Instant at = monday.atTime(0, 30).atZone(ZoneId.of("Pacific/Auckland")).toInstant();
        checkedInAt(at); // still Sunday in UTC

        report("check-in-activity", monday.minusWeeks(1), monday.plusDays(6))
                .body("chart.x", equalTo(List.of(monday.toString())))
                .body("chart.series[0].data", equalTo(List.of(1.0f)));
        report("health", monday.minusWeeks(1), monday.plusDays(6))
                .body("rows.week", equalTo(List.of(monday.minusWeeks(1).toString(), monday.toString())))
                .body("rows.at_risk", equalTo(List.of(0, 1)));
        // the range ends on Sunday in Auckland: the check-in is not in it
        report("check-in-activity", monday.minusWeeks(1), sunday)
                .body("figures.find { it.label == 'Check-ins' }.value", equalTo(0.0f));
        report("check-in-activity", monday, monday)
                .body("figures.find { it.label == 'Check-ins' }.value", equalTo(1.0f));

        checkInsOn(monday).body("items", hasSize(1)).body("items[0].count", equalTo(1));
        checkInsOn(sunday).body("items", hasSize(0));
    }

    @Test
    void shouldCountALosAngelesSundayEveningInTheWeekBefore() {
        data.orgZone(org.org().id, "America/Los_Angeles");
        Instant at =
                sunday.atTime(20, 0).atZone(ZoneId.of("America/Los_Angeles")).toInstant();
        checkedInAt(at); // already Monday in UTC

        report("check-in-activity", monday.minusWeeks(1), monday.plusDays(6))
                .body("chart.x", equalTo(List.of(monday.minusWeeks(1).toString())));
        report("health", monday.minusWeeks(1), monday.plusDays(6)).body("rows.at_risk", equalTo(List.of(1, 1)));
        report("check-in-activity", monday, monday.plusDays(6))
                .body("figures.find { it.label == 'Check-ins' }.value", equalTo(0.0f));

        checkInsOn(sunday).body("items", hasSize(1)).body("items[0].count", equalTo(1));
        checkInsOn(monday).body("items", hasSize(0));
    }
}
