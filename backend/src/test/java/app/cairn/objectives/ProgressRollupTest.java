package app.cairn.objectives;

import static app.cairn.support.Api.act;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.create;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.keyResult;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roll-up arithmetic, from key results and from aligned children, through the whole chain. */
@QuarkusTest
class ProgressRollupTest {

    @Inject
    Fixtures fixtures;

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

    @Test
    void shouldWeighKeyResults() {
        String id = create(
                employee,
                with(
                        objective("Ship v2", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(
                                with(keyResult("Features", "NUMBER", 0, 10, 3), "currentValue", 5),
                                with(keyResult("Coverage", "PERCENT", 0, 100, 1), "currentValue", 100))));
        as(employee)
                .get("/api/v1/objectives/" + id)
                .then()
                .statusCode(200)
                .body("progress", equalTo(62.5f))
                .body("progressSource", equalTo("KEY_RESULTS"))
                .body("keyResults.progress", equalTo(List.of(50.0f, 100.0f)));
    }

    @Test
    void shouldHandleDecreasingBooleanAndMilestoneKeyResults() {
        String id = create(
                employee,
                with(
                        objective("Faster builds", "INDIVIDUAL", org.period().id),
                        "keyResults",
                        List.of(
                                keyResult("Build minutes", "NUMBER", 100, 20, 1),
                                keyResult("Cache enabled", "BOOLEAN", null, null, 1),
                                keyResult("Migration steps", "MILESTONE", 0, 4, 1))));
        List<String> krs =
                as(employee).get("/api/v1/objectives/" + id).then().extract().path("keyResults.id");

        checkIn(krs.get(0), 60).body("progress", equalTo(50.0f));
        checkIn(krs.get(1), 1).body("progress", equalTo(100.0f));
        checkIn(krs.get(2), 3).body("progress", equalTo(75.0f)).body("objectiveProgress", equalTo(75.0f));
        checkIn(krs.get(0), 0).body("progress", equalTo(100.0f)); // beyond the target is clamped

        as(employee).get("/api/v1/objectives/" + id).then().body("progress", equalTo(91.67f));
        checkIn(krs.get(1), 0.5).statusCode(400);
        checkIn(krs.get(2), 2.5).statusCode(400);
    }

    @Test
    void shouldRollUpWeightedActiveChildrenOnly() {
        String parent = createActive(admin, admin, objective("Company goal", "COMPANY", org.period().id));
        String a = createActive(
                employee,
                manager,
                with(objective("A", "INDIVIDUAL", org.period().id), "parentId", parent, "weight", 1));
        String b = createActive(
                employee,
                manager,
                with(objective("B", "INDIVIDUAL", org.period().id), "parentId", parent, "weight", 3));
        create(employee, with(objective("Draft C", "INDIVIDUAL", org.period().id), "parentId", parent, "weight", 6));

        as(employee)
                .body(Map.of("progress", 100))
                .post("/api/v1/objectives/" + a + "/check-ins")
                .then()
                .statusCode(201);
        as(employee)
                .body(Map.of("progress", 20))
                .post("/api/v1/objectives/" + b + "/check-ins")
                .then()
                .statusCode(201);

        as(admin)
                .get("/api/v1/objectives/" + parent)
                .then()
                .body("progress", equalTo(40.0f)) // (1×100 + 3×20) / 4
                .body("progressSource", equalTo("CHILDREN"))
                .body("children.count", equalTo(3))
                .body("children.items.find { it.title == 'A' }.contributionPercent", equalTo(25.0f))
                .body("children.items.find { it.title == 'B' }.contributionPercent", equalTo(75.0f))
                .body("children.items.find { it.title == 'Draft C' }.contributionPercent", equalTo(null));

        act(employee, b, "cancel").statusCode(200);
        as(admin).get("/api/v1/objectives/" + parent).then().body("progress", equalTo(100.0f));
    }

    @Test
    void shouldCarryAChangeUpFiveLevelsInOneTransaction() {
        String l1 = createActive(admin, admin, objective("L1", "COMPANY", org.period().id));
        String l2 = createActive(
                admin,
                admin,
                with(
                        objective("L2", "TEAM", org.period().id),
                        "parentId",
                        l1,
                        "ownerId",
                        org.skipLevel().id.toString()));
        String l3 = createActive(manager, admin, with(objective("L3", "TEAM", org.period().id), "parentId", l2));
        String l4 =
                createActive(employee, manager, with(objective("L4", "INDIVIDUAL", org.period().id), "parentId", l3));
        String l5 = createActive(
                employee,
                manager,
                with(
                        objective("L5", "INDIVIDUAL", org.period().id),
                        "parentId",
                        l4,
                        "keyResults",
                        List.of(keyResult("Done", "PERCENT", 0, 100, 1))));
        String kr =
                as(employee).get("/api/v1/objectives/" + l5).then().extract().path("keyResults[0].id");

        checkIn(kr, 80).body("objectiveProgress", equalTo(80.0f));

        for (String id : List.of(l1, l2, l3, l4, l5)) {
            as(admin).get("/api/v1/objectives/" + id).then().body("progress", equalTo(80.0f));
        }
        as(employee)
                .get("/api/v1/objectives/" + l5 + "/alignment")
                .then()
                .body("path.title", equalTo(List.of("L1", "L2", "L3", "L4")))
                .body("reachesCompanyGoal", equalTo(true));
        as(admin)
                .get("/api/v1/objectives/" + l1 + "/progress-series")
                .then()
                .body("points[0].progress", equalTo(0.0f))
                .body("points.last().progress", equalTo(80.0f));
    }

    @Test
    void shouldKeepBothOfTwoSimultaneousCheckIns() throws Exception {
        String parent = createActive(admin, admin, objective("Parent", "COMPANY", org.period().id));
        String a = createActive(
                employee, manager, with(objective("Mine", "INDIVIDUAL", org.period().id), "parentId", parent));
        String peer = fixtures.token(org.peer());
        String b = createActive(
                peer, manager, with(objective("Theirs", "INDIVIDUAL", org.period().id), "parentId", parent));

        for (int round = 1; round <= 5; round++) {
            int value = round * 10;
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> post(start, employee, a, value));
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> post(start, peer, b, value + 50));
            start.countDown();
            assertEquals(201, first.get());
            assertEquals(201, second.get());
            as(admin).get("/api/v1/objectives/" + parent).then().body("progress", equalTo((value + value + 50) / 2.0f));
        }
        as(admin).get("/api/v1/objectives/" + a + "/check-ins").then().body("total", equalTo(5));
    }

    private static int post(CountDownLatch start, String token, String id, int progress) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return as(token)
                .body(Map.of("progress", progress))
                .post("/api/v1/objectives/" + id + "/check-ins")
                .statusCode();
    }

    private io.restassured.response.ValidatableResponse checkIn(String keyResultId, Number value) {
        return as(employee)
                .body(Map.of("value", value))
                .post("/api/v1/key-results/" + keyResultId + "/check-ins")
                .then();
    }
}
