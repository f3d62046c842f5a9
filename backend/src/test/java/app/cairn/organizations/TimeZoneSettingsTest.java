package app.cairn.organizations;

import static app.cairn.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organization's time zone (admins), each person's own, and calendars that follow them. */
@QuarkusTest
class TimeZoneSettingsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String admin;
    String employee;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        employee = fixtures.token(org.employee());
    }

    @Test
    void shouldLetAdminsSetTheOrganizationsTimeZone() {
        as(employee)
                .get("/api/v1/organization")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("slug", equalTo(org.org().slug));
        as(employee)
                .body(settings("Renamed", "Europe/Berlin", 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(403);
        as(admin)
                .body(settings("Renamed", "Mars/Olympus_Mons", 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        as(admin)
                .body(settings("Renamed", "+02:00", 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        as(admin)
                .body(settings("Renamed", "America/New_York", 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("name", equalTo("Renamed"));
        as(admin)
                .body(settings("Stale", "UTC", 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(409);
        as(employee)
                .get("/api/v1/me")
                .then()
                .body("timeZone", equalTo("America/New_York"))
                .body("organization.timeZone", equalTo("America/New_York"))
                .body("preferences.timeZone", nullValue());
    }

    @Test
    void shouldLetEveryoneChooseTheirOwnTimeZone() {
        as(employee)
                .body(Map.of("timeZone", "Not/AZone"))
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        as(employee)
                .body(Map.of("timeZone", "Asia/Kolkata"))
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Asia/Kolkata"))
                .body("preferences.timeZone", equalTo("Asia/Kolkata"));
        as(employee).get("/api/v1/me").then().body("timeZone", equalTo("Asia/Kolkata"));
        Map<String, Object> organizationsZone = new HashMap<>();
        organizationsZone.put("timeZone", null);
        as(employee)
                .body(organizationsZone)
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("preferences.timeZone", nullValue());
    }

    @Test
    void shouldEndAReviewDeadlineDayAtMidnightInTheOrganizationsZone() {
        as(admin)
                .body(settings(org.org().name, "America/New_York", 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(200);
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        Map<String, Object> body = ReviewApi.cycleBody(
                "APPRAISAL", template.get("id"), org.period().id, List.of(org.employee().id), Instant.now());
        body.put("selfReviewDue", "2026-12-15");
        body.put("managerReviewDue", "2026-12-22");
        body.put("signOffDue", "2027-01-10T17:00:00Z");
        as(admin)
                .body(body)
                .post("/api/v1/review-cycles")
                .then()
                .statusCode(201)
                // the end of 15 December in New York (UTC-5), not 2026-12-15T23:59:59Z
                .body("deadlines.selfReview", equalTo("2026-12-16T04:59:59Z"))
                .body("deadlines.managerReview", equalTo("2026-12-23T04:59:59Z"))
                .body("deadlines.signOff", equalTo("2027-01-10T17:00:00Z"));
        body.put("selfReviewDue", "2026-13-45");
        as(admin)
                .body(body)
                .post("/api/v1/review-cycles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("selfReviewDue"));
    }

    @Test
    void shouldCallAPeriodCurrentByTheCallersDate() {
        String december = period("December " + org.org().slug, "2031-12-01", "2031-12-31");
        String january = period("January " + org.org().slug, "2032-01-01", "2032-01-31");
        as(employee)
                .body(Map.of("timeZone", "Asia/Kolkata"))
                .put("/api/v1/me/preferences")
                .then()
                .statusCode(200);
        clock.set(Instant.parse("2031-12-31T20:00:00Z")); // already 1 January, 01:30 in Kolkata
        try {
            // sign in again at the moved clock: the earlier sign-in sessions have ended by 2031
            admin = fixtures.token(org.admin());
            employee = fixtures.token(org.employee());
            as(admin).get("/api/v1/periods/" + december).then().body("current", equalTo(true));
            as(admin).get("/api/v1/periods/" + january).then().body("current", equalTo(false));
            as(employee).get("/api/v1/periods/" + december).then().body("current", equalTo(false));
            as(employee).get("/api/v1/periods/" + january).then().body("current", equalTo(true));
        } finally {
            clock.reset();
        }
    }

    private String period(String name, String start, String end) {
        return as(admin)
                .body(Map.of("name", name, "startDate", start, "endDate", end))
                .post("/api/v1/periods")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> settings(String name, String timeZone, int version) {
        return Map.of("name", name, "timeZone", timeZone, "version", version);
    }
}
