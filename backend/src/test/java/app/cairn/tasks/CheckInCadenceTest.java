package app.cairn.tasks;

import static app.cairn.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organization's check-in cadence: set by admins, used by the inbox and the health report. */
@QuarkusTest
class CheckInCadenceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String admin;
    String manager;
    String employee;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldRefuseACadenceOutsideOneToNinetyDaysAndChangeNothing() {
        as(admin).get("/api/v1/organization").then().statusCode(200).body("checkInCadenceDays", equalTo(14));
        for (int days : new int[] {0, -3, 91}) {
            as(admin)
                    .body(settings(days, 0))
                    .put("/api/v1/organization")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("checkInCadenceDays"));
        }
        as(employee).body(settings(7, 0)).put("/api/v1/organization").then().statusCode(403);
        as(admin)
                .get("/api/v1/organization")
                .then()
                .body("checkInCadenceDays", equalTo(14))
                .body("version", equalTo(0));
        // left out, it stays as it was
        Map<String, Object> body = settings(7, 0);
        body.remove("checkInCadenceDays");
        as(admin).body(body).put("/api/v1/organization").then().statusCode(200).body("checkInCadenceDays", equalTo(14));
    }

    @Test
    void shouldAskForACheckInOnceTheOrganizationsCadenceHasPassed() {
        String id = Api.createActive(employee, manager, Api.objective("Ship it", "INDIVIDUAL", org.period().id));
        clock.set(Instant.now().plus(Duration.ofDays(6)));
        as(employee).get("/api/v1/tasks").then().statusCode(200).body("items.kind", not(hasItem("CHECK_IN_DUE")));
        health().body("figures.label", hasItem("Stale (no check-in for 14 days)"));

        as(admin)
                .body(settings(5, 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(200)
                .body("checkInCadenceDays", equalTo(5));

        as(employee)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("items.find { it.kind == 'CHECK_IN_DUE' }.subjectId", equalTo(id))
                .body("items.find { it.kind == 'CHECK_IN_DUE' }.overdue", equalTo(true));
        health().body("figures.find { it.label == 'Stale (no check-in for 5 days)' }.value", equalTo(1.0f));

        // a check-in clears it
        as(employee)
                .body(Map.of("progress", 20, "health", "ON_TRACK"))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .then()
                .statusCode(201);
        as(employee).get("/api/v1/tasks").then().body("items.kind", not(hasItem("CHECK_IN_DUE")));
    }

    private io.restassured.response.ValidatableResponse health() {
        return as(admin).get("/api/v1/reports/health").then().statusCode(200);
    }

    private Map<String, Object> settings(int days, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", org.org().name);
        body.put("timeZone", "UTC");
        body.put("checkInCadenceDays", days);
        body.put("version", version);
        return body;
    }
}
