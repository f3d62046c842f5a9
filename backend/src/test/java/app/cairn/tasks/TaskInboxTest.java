package app.cairn.tasks;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The to-do inbox, computed from live data for each person. */
@QuarkusTest
class TaskInboxTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String admin;
    String manager;
    String employee;
    String peer;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldListWhatWaitsForEachPersonWithDueDatesAndOverdueFlags() {
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        ReviewApi.launch(
                admin,
                ReviewApi.cycleBody(
                        "APPRAISAL",
                        template.get("id"),
                        org.period().id,
                        List.of(org.employee().id, org.peer().id),
                        Instant.now()));
        Map<String, Object> session = new HashMap<>();
        session.put("kind", "ONE_TO_ONE");
        session.put(
                "participantIds",
                List.of(org.manager().id.toString(), org.employee().id.toString()));
        session.put(
                "startsAt",
                Instant.now()
                        .plus(1, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        session.put("durationMinutes", 30);
        session.put("recurrence", "NONE");
        as(manager).body(session).post("/api/v1/sessions").then().statusCode(201);
        Map<String, Object> request = new HashMap<>();
        request.put("responderIds", List.of(org.manager().id.toString()));
        request.put("prompt", "How did my demo go?");
        as(peer).body(request).post("/api/v1/feedback-requests").then().statusCode(201);

        JsonPath mine = tasks(employee);
        assertEquals(List.of("ONE_TO_ONE_TO_PREPARE", "SELF_REVIEW"), sorted(mine.getList("items.kind")));
        assertEquals(List.of(false, false), mine.getList("items.overdue"));

        JsonPath managers = tasks(manager);
        List<String> kinds = managers.getList("items.kind");
        assertEquals(2, kinds.stream().filter("MANAGER_REVIEW"::equals).count(), "one per report");
        assertTrue(kinds.contains("ONE_TO_ONE_TO_PREPARE"));
        assertTrue(kinds.contains("FEEDBACK_REQUEST"));
        assertTrue(kinds.contains("ONE_TO_ONE_OVERDUE"), "no 1:1 with the peer yet: overdue");
        assertEquals(
                1,
                managers.getList("items.findAll { it.kind == 'ONE_TO_ONE_OVERDUE' }")
                        .size(),
                "the employee has one scheduled: not overdue");
        assertEquals(2, managers.getInt("counts.find { it.kind == 'MANAGER_REVIEW' }.count"));
        assertEquals(kinds.size(), managers.getInt("total"));
        assertEquals("ONE_TO_ONE_OVERDUE", kinds.get(0), "overdue first");

        clock.set(Instant.now().plus(Duration.ofDays(3)));
        JsonPath later = tasks(employee);
        assertEquals(List.of("SELF_REVIEW"), later.getList("items.kind"), "the 1:1 is past, the review overdue");
        assertEquals(List.of(true), later.getList("items.overdue"));
        assertFalse(tasks(admin).getList("items.kind").contains("SELF_REVIEW"));
    }

    @Test
    void shouldNeedASignIn() {
        given().get("/api/v1/tasks").then().statusCode(401);
        as(employee).queryParam("size", 0).get("/api/v1/tasks").then().statusCode(400);
    }

    private static JsonPath tasks(String token) {
        return as(token).get("/api/v1/tasks").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
