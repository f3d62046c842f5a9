package app.cairn.notifications;

import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.common.outbox.EventTypes;
import app.cairn.common.outbox.OutboxEvent;
import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.Outbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "An objective was aligned to yours": to the parent's owner, never to self, never about what they cannot see. */
@QuarkusTest
class AlignmentNoticeTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    @Inject
    NotificationConsumer consumer;

    @Inject
    AgroalDataSource dataSource;

    TestOrg org;
    String skip;
    String manager;
    String employee;
    String peer;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
    }

    @Test
    void shouldTellTheParentsOwnerOnceAndNeverTheOneWhoAligned() {
        String parent = Api.createActive(manager, skip, Api.objective("Grow revenue", "INDIVIDUAL", org.period().id));
        outbox.drain();
        int before = aligned(manager).size();

        // the employee's draft is in the manager's sight (their report): told at once, and not again on agreement
        String child = Api.create(
                employee,
                Api.with(Api.objective("Close ten deals", "INDIVIDUAL", org.period().id), "parentId", parent));
        outbox.drain();
        List<Map<String, Object>> mine = aligned(manager);
        assertEquals(before + 1, mine.size());
        assertEquals(
                "\"Close ten deals\" (Eli Employee) now aligns to your objective \"Grow revenue\"",
                mine.get(0).get("title"));
        assertEquals("/objectives/" + child, mine.get(0).get("link"));
        Api.act(manager, child, "approve").statusCode(200);
        outbox.drain();
        assertEquals(before + 1, aligned(manager).size());
        assertEquals(0, aligned(employee).size(), "nobody hears of their own alignment");

        // aligning one's own objective to one's own tells nobody
        Api.create(manager, Api.with(Api.objective("Own sub-goal", "INDIVIDUAL", org.period().id), "parentId", parent));
        outbox.drain();
        assertEquals(before + 1, aligned(manager).size());
    }

    @Test
    void shouldNeverTellTheParentsOwnerOfAnObjectiveTheyMayNotSee() {
        String parent =
                Api.createActive(employee, manager, Api.objective("Faster builds", "INDIVIDUAL", org.period().id));
        // a peer's private objective aligned to the employee's: the employee may not see it, now or once agreed
        String hidden = Api.create(
                peer,
                Api.with(
                        Api.objective("Secret plan", "INDIVIDUAL", org.period().id),
                        "parentId",
                        parent,
                        "visibility",
                        "PRIVATE"));
        outbox.drain();
        Api.act(manager, hidden, "approve").statusCode(200);
        outbox.drain();
        assertEquals(0, aligned(employee).size());
        as(employee).get("/api/v1/objectives/" + hidden).then().statusCode(404);

        // the same as an organization-wide draft: unseen while a draft, told once it is agreed
        String open = Api.create(
                peer, Api.with(Api.objective("Cache the builds", "INDIVIDUAL", org.period().id), "parentId", parent));
        outbox.drain();
        assertEquals(0, aligned(employee).size());
        Api.act(manager, open, "approve").statusCode(200);
        outbox.drain();
        List<Map<String, Object>> mine = aligned(employee);
        assertEquals(1, mine.size());
        assertEquals("/objectives/" + open, mine.get(0).get("link"));
    }

    /**
     * Two alignment events of one objective to one parent (a draft's creation and its agreement),
     * delivered at the same moment by two instances: each checks that the parent's owner was not told
     * yet before either commits. The key they share lets only one notification through.
     */
    @Test
    void shouldTellTheParentsOwnerOnceWhenTwoInstancesDeliverAlignmentsAtOnce() throws Exception {
        String parent = Api.createActive(manager, skip, Api.objective("Ship the robot", "INDIVIDUAL", org.period().id));
        String child =
                Api.createActive(employee, manager, Api.objective("Wire the arm", "INDIVIDUAL", org.period().id));
        outbox.drain();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update objectives set parent_id = ? where id = ?")) {
            s.setObject(1, UUID.fromString(parent));
            s.setObject(2, UUID.fromString(child));
            s.executeUpdate();
        }
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    consumer.handle(alignedEvent(child, parent));
                    firstWrote.countDown();
                    try {
                        // the second delivery runs now; with a shared key it waits for this commit
                        secondDone.await(2, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }),
                instances);
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> {
                    try {
                        firstWrote.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    QuarkusTransaction.requiringNew().run(() -> consumer.handle(alignedEvent(child, parent)));
                    secondDone.countDown();
                },
                instances);
        CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);
        instances.shutdown();
        assertEquals(1, aligned(manager).size());
    }

    private OutboxEvent alignedEvent(String child, String parent) {
        ObjectNode payload = new ObjectMapper().createObjectNode();
        payload.put("organizationId", org.org().id.toString());
        payload.put("subjectId", child);
        payload.put("actorId", org.employee().id.toString());
        payload.put("parentId", parent);
        return new OutboxEvent(UUID.randomUUID(), org.org().id, EventTypes.OBJECTIVE_ALIGNED, payload, Instant.now());
    }

    private static List<Map<String, Object>> aligned(String token) {
        List<Map<String, Object>> items = as(token)
                .queryParam("size", 200)
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(n -> "OBJECTIVE_ALIGNED".equals(n.get("kind")))
                .toList();
    }
}
