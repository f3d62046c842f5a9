package app.cairn.reminders;

import static app.cairn.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.ReviewApi;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminder rules, the reminder job (once per subject and due, across parallel runs) and "Remind now". */
@QuarkusTest
class ReminderTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    ReminderJob job;

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
    void shouldSeedDefaultRulesAndRefuseBadOnes() {
        List<Map<String, Object>> rules = as(admin)
                .get("/api/v1/reminder-rules")
                .then()
                .statusCode(200)
                .body("$", hasSize(9))
                .extract()
                .jsonPath()
                .getList("$");
        as(employee).get("/api/v1/reminder-rules").then().statusCode(403);

        Map<String, Object> body = rule("ONE_TO_ONE_UPCOMING", 3, "22:00-06:30");
        as(admin)
                .body(body)
                .post("/api/v1/reminder-rules")
                .then()
                .statusCode(201)
                .body("quietHours", equalTo("22:00-06:30"));
        as(admin)
                .body(rule("NOPE", 3, null))
                .post("/api/v1/reminder-rules")
                .then()
                .statusCode(400);
        as(admin)
                .body(rule("DRAFT_WAITING", -1, null))
                .post("/api/v1/reminder-rules")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("offset"));
        as(admin)
                .body(rule("DRAFT_WAITING", 1, "25:00-7"))
                .post("/api/v1/reminder-rules")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("quietHours"));
        String someRule = (String) rules.get(0).get("id");
        TestOrg other = fixtures.org();
        as(fixtures.token(other.admin()))
                .body(rule("DRAFT_WAITING", 1, null))
                .put("/api/v1/reminder-rules/" + someRule)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRemindOfAnUpcomingOneToOneOnceEvenWithParallelRuns() throws Exception {
        Instant noon = Instant.now()
                .truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofDays(1))
                .plus(Duration.ofHours(12));
        clock.set(noon);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ONE_TO_ONE");
        body.put(
                "participantIds",
                List.of(org.manager().id.toString(), org.employee().id.toString()));
        body.put("startsAt", noon.plus(Duration.ofHours(3)).toString());
        body.put("durationMinutes", 30);
        body.put("recurrence", "NONE");
        as(fixtures.token(org.manager()))
                .body(body)
                .post("/api/v1/sessions")
                .then()
                .statusCode(201);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(job::run, job::run, job::run));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        job.run();
        assertEquals(1, reminders(employee, "Your 1:1"), "one reminder for the employee");
        assertEquals(1, reminders(fixtures.token(org.manager()), "Your 1:1"), "one for the manager");
    }

    @Test
    void shouldRemindTheResponderOfAFeedbackRequestDueTomorrowOnce() {
        Instant noon = Instant.now()
                .truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofDays(1))
                .plus(Duration.ofHours(12));
        clock.set(noon);
        String peer = fixtures.token(org.peer());
        LocalDate today = LocalDate.ofInstant(noon, java.time.ZoneOffset.UTC);
        Map<String, Object> soon = new HashMap<>();
        soon.put("responderIds", List.of(org.peer().id.toString()));
        soon.put("prompt", "What should I keep doing?");
        soon.put("dueOn", today.plusDays(1).toString());
        as(employee).body(soon).post("/api/v1/feedback-requests").then().statusCode(201);
        Map<String, Object> later = new HashMap<>(soon);
        later.put("dueOn", today.plusDays(10).toString());
        as(employee).body(later).post("/api/v1/feedback-requests").then().statusCode(201);

        job.run();
        job.run();
        assertEquals(1, reminders(peer, "Feedback requested by"), "one reminder, for the request due tomorrow");
        assertEquals(0, reminders(employee, "Feedback requested by"), "the requester is not reminded");
    }

    @Test
    void shouldRemindLatePeopleOfACycleAtMostOnceAnHour() {
        Map<String, Object> template = ReviewApi.createTemplate(admin);
        String cycle = ReviewApi.launch(
                admin,
                ReviewApi.cycleBody(
                        "APPRAISAL", template.get("id"), org.period().id, List.of(org.employee().id), Instant.now()));
        as(employee).post("/api/v1/review-cycles/" + cycle + "/remind").then().statusCode(403);
        as(employee).get("/api/v1/review-cycles/" + cycle + "/remind").then().statusCode(403);
        as(fixtures.token(fixtures.org().admin()))
                .get("/api/v1/review-cycles/" + cycle + "/remind")
                .then()
                .statusCode(404);
        // the confirmation names who will be reminded, and of what
        as(admin)
                .get("/api/v1/review-cycles/" + cycle + "/remind")
                .then()
                .statusCode(200)
                .body("people.person.name", equalTo(List.of("Eli Employee", "Mia Manager")))
                .body("people[0].parts", equalTo(List.of("self review")))
                .body("people[1].parts", equalTo(List.of("review of Eli Employee")));
        as(admin)
                .post("/api/v1/review-cycles/" + cycle + "/remind")
                .then()
                .statusCode(200)
                .body("reminded", equalTo(2))
                .body("skipped", equalTo(0));
        as(admin)
                .post("/api/v1/review-cycles/" + cycle + "/remind")
                .then()
                .statusCode(200)
                .body("reminded", equalTo(0))
                .body("skipped", equalTo(2));
        assertEquals(1, reminders(employee, "Reminder from Ada Admin: write your self review for "));
        assertEquals(1, reminders(manager, "Reminder from Ada Admin: write your review of Eli Employee for "));
    }

    /** Reminders whose title starts with `prefix` (the background job may add others). */
    private static long reminders(String token, String prefix) {
        List<Map<String, Object>> items = as(token)
                .queryParam("size", 200)
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(n -> "REMINDER".equals(n.get("kind")) && ((String) n.get("title")).startsWith(prefix))
                .count();
    }

    private static Map<String, Object> rule(String trigger, int offset, String quiet) {
        Map<String, Object> body = new HashMap<>();
        body.put("trigger", trigger);
        body.put("offset", offset);
        body.put("audience", "SUBJECT");
        body.put("channel", "IN_APP");
        body.put("quietHours", quiet);
        body.put("enabled", true);
        return body;
    }
}
