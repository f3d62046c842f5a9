package app.cairn.common;

import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.people.Person;
import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No N+1 in any list: each list endpoint runs the same number of SQL statements (counted by
 * Hibernate's statistics, the caller's authentication included) for a page of 1 item as for a page
 * of {@value #ITEMS}. A mapper that loads something per row makes the larger page cost more.
 */
@QuarkusTest
class ListStatementCountTest {

    private static final int ITEMS = 6;

    @Inject
    Fixtures fixtures;

    @Inject
    StatementCounter counter;

    // One organization for the whole class: JUnit makes a new instance per test, Quarkus keeps the data.
    private static TestOrg org;
    private static String admin;
    private static String manager;
    private static String employee;
    private static String objectiveId;
    private static String sessionId;

    @BeforeEach
    void seed() {
        if (org != null) {
            return;
        }
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        List<UUID> reviewees = new ArrayList<>(List.of(org.employee().id, org.peer().id));
        for (int i = 0; i < ITEMS; i++) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Person report = fixtures.addPerson(
                    org.org().id, "report-" + suffix + "@test.example", "Report " + i, org.manager().id, false);
            reviewees.add(report.id);
            as(admin)
                    .body(Map.of(
                            "name",
                            "Team " + i + " " + suffix,
                            "parentId",
                            org.team().id.toString()))
                    .post("/api/v1/teams")
                    .then()
                    .statusCode(201);
            LocalDate start = LocalDate.of(2020 + i, 1, 1);
            as(admin)
                    .body(Map.of(
                            "name", "Year " + i + " " + suffix,
                            "startDate", start.toString(),
                            "endDate", start.plusYears(1).minusDays(1).toString()))
                    .post("/api/v1/periods")
                    .then()
                    .statusCode(201);
            String objective = Api.create(
                    manager,
                    Api.with(
                            Api.objective("Objective " + i, "INDIVIDUAL", org.period().id),
                            "ownerId",
                            report.id.toString()));
            objectiveId = objectiveId == null ? objective : objectiveId;
            as(manager).body(Map.of("body", "Comment " + i)).post("/api/v1/objectives/" + objectiveId + "/comments");
            Api.act(manager, objective, "approve").statusCode(200);
        }
        for (int i = 0; i < ITEMS; i++) {
            as(manager)
                    .body(Map.of("progress", 10 + i, "health", "ON_TRACK", "comment", "Step " + i))
                    .post("/api/v1/objectives/" + objectiveId + "/check-ins")
                    .then()
                    .statusCode(201);
            sessionId = session(i);
        }
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        ReviewApi.createTemplate(admin);
        ReviewApi.createTemplate(admin);
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            ReviewApi.launch(
                    admin,
                    ReviewApi.cycleBody(
                            i == 0 ? "THREE_SIXTY" : "APPRAISAL", template.get("id"), org.period().id, reviewees, now));
        }
    }

    /** A past 1:1 between manager and employee, recorded and completed, with an agenda item and an action. */
    private String session(int i) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ONE_TO_ONE");
        body.put(
                "participantIds",
                List.of(org.manager().id.toString(), org.employee().id.toString()));
        body.put(
                "startsAt",
                Instant.now()
                        .truncatedTo(ChronoUnit.HOURS)
                        .minus(i + 1L, ChronoUnit.DAYS)
                        .toString());
        body.put("durationMinutes", 30);
        body.put("recurrence", "NONE");
        body.put("record", true);
        String id = as(manager)
                .body(body)
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(manager)
                .body(Map.of("title", "Agenda " + i))
                .post("/api/v1/sessions/" + id + "/agenda-items")
                .then()
                .statusCode(201);
        as(manager)
                .body(Map.of(
                        "title", "Action " + i, "assigneeId", org.employee().id.toString()))
                .post("/api/v1/sessions/" + id + "/action-items")
                .then()
                .statusCode(201);
        as(manager)
                .body(Map.of("version", 0))
                .post("/api/v1/sessions/" + id + "/complete")
                .then()
                .statusCode(200);
        return id;
    }

    @Test
    void shouldListObjectivesPeopleTeamsAndPeriodsInAFixedNumberOfStatements() {
        assertFlat(manager, "/api/v1/objectives?periodId=" + org.period().id);
        assertFlat(admin, "/api/v1/objectives?periodId=" + org.period().id);
        assertFlat(manager, "/api/v1/objectives/" + objectiveId + "/check-ins");
        assertFlat(manager, "/api/v1/objectives/" + objectiveId + "/comments");
        assertFlat(manager, "/api/v1/people");
        assertFlat(admin, "/api/v1/people/" + org.manager().id + "/reports");
        assertFlat(manager, "/api/v1/teams");
        assertFlat(manager, "/api/v1/periods");
    }

    @Test
    void shouldListSessionsAndTheirPartsInAFixedNumberOfStatements() {
        assertFlat(manager, "/api/v1/sessions");
        assertFlat(employee, "/api/v1/sessions?status=COMPLETED");
        assertFlat(admin, "/api/v1/sessions");
        assertFlat(employee, "/api/v1/action-items");
        assertFlat(manager, "/api/v1/one-to-ones/cadence");
    }

    @Test
    void shouldListReviewsAndCyclesInAFixedNumberOfStatements() {
        assertFlat(admin, "/api/v1/reviews?scope=all");
        assertFlat(manager, "/api/v1/reviews?scope=to-write");
        assertFlat(admin, "/api/v1/review-cycles");
        assertFlat(admin, "/api/v1/review-templates");
    }

    /** The statements of a page of 1 equal those of a page of {@value #ITEMS}, which is full. */
    private void assertFlat(String token, String path) {
        String sep = path.contains("?") ? "&" : "?";
        long one = counter.statements(token, path + sep + "size=1");
        long full = counter.statements(token, path + sep + "size=" + ITEMS);
        int count = as(token)
                .get(path + sep + "size=" + ITEMS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
        assertTrue(count >= 3, path + " lists at least 3 items for the comparison to mean something: " + count);
        assertEquals(one, full, path + ": statements for 1 item vs " + count);
    }
}
