package app.cairn.cascade;

import static app.cairn.support.Api.as;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A known fixture: company goals Alpha and Beta; team objective "Team" under Alpha with "One" and
 * "Two" under it; a private objective of Eli's under Team; "Loose", aligned to nothing.
 */
@QuarkusTest
class CascadeResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;
    String admin;
    String manager;
    String employee;
    String peer;
    String alpha;
    String team;
    String one;
    String secret;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        var period = org.period().id;
        alpha = createActive(admin, admin, objective("Alpha", "COMPANY", period));
        createActive(admin, admin, objective("Beta", "COMPANY", period));
        team = createActive(manager, admin, with(objective("Team", "TEAM", period), "parentId", alpha));
        one = createActive(employee, manager, with(objective("One", "INDIVIDUAL", period), "parentId", team));
        createActive(peer, manager, with(objective("Two", "INDIVIDUAL", period), "parentId", team, "weight", 3));
        secret = createActive(
                employee,
                manager,
                with(objective("Secret", "INDIVIDUAL", period), "parentId", team, "visibility", "PRIVATE"));
        createActive(peer, manager, objective("Loose", "INDIVIDUAL", period));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldReturnTheTreeDepthFirstCompanyGoalsFirst() {
        JsonPath cascade = cascade(peer, Map.of());
        assertEquals(List.of("Alpha", "Team", "One", "Two", "Beta", "Loose"), cascade.getList("nodes.title"));
        assertEquals(List.of(0, 1, 2, 2, 0, 0), cascade.getList("nodes.depth"));
        assertEquals(alpha, cascade.getString("nodes[1].parentId"));
        assertEquals(org.period().name, cascade.getString("period.name"));
        assertEquals(3, cascade.getInt("nodes[1].childCount"));
        assertEquals(1, cascade.getInt("nodes[1].hiddenChildCount"));
        assertEquals(true, cascade.getBoolean("nodes[1].canOpen"));
    }

    @Test
    void shouldHideObjectivesTheCallerMayNotSeeButCountTheirProgress() {
        as(employee)
                .body(Map.of("progress", 100))
                .post("/api/v1/objectives/" + secret + "/check-ins")
                .then()
                .statusCode(201);
        as(employee)
                .body(Map.of("progress", 20))
                .post("/api/v1/objectives/" + one + "/check-ins")
                .then()
                .statusCode(201);

        JsonPath forPeer = cascade(peer, Map.of());
        JsonPath forOwner = cascade(employee, Map.of());
        assertEquals(false, forPeer.getList("nodes.title").contains("Secret"));
        assertEquals(true, forOwner.getList("nodes.title").contains("Secret"));
        // Team = (1×20 + 3×0 + 1×100) / 5, the same for everyone, and the same as the objectives API says
        float teamProgress =
                as(admin).get("/api/v1/objectives/" + team).then().extract().path("progress");
        assertEquals(24.0f, teamProgress);
        assertEquals(teamProgress, forPeer.getFloat("nodes.find { it.title == 'Team' }.progress"));
        assertEquals(teamProgress, forOwner.getFloat("nodes.find { it.title == 'Team' }.progress"));
        float alphaProgress =
                as(admin).get("/api/v1/objectives/" + alpha).then().extract().path("progress");
        assertEquals(alphaProgress, forPeer.getFloat("nodes.find { it.title == 'Alpha' }.progress"));
        assertEquals(60.0f, forPeer.getFloat("nodes.find { it.title == 'Two' }.contributionPercent"));
    }

    @Test
    void shouldMeasureAlignmentCoverage() {
        JsonPath coverage = cascade(peer, Map.of()).setRootPath("summary.coverage");
        assertEquals(4, coverage.getInt("alignableCount")); // Team, One, Two, Loose (Secret is hidden)
        assertEquals(3, coverage.getInt("alignedCount"));
        assertEquals(75.0f, coverage.getFloat("alignedPercent"));
        assertEquals(List.of("Beta"), coverage.getList("unsupportedGoals.name"));
        assertEquals(List.of("Loose"), coverage.getList("unalignedObjectives.title"));

        JsonPath summary = cascade(admin, Map.of()).setRootPath("summary");
        assertEquals(7, summary.getInt("nodeCount"));
        assertEquals(7, summary.getInt("byHealth.ON_TRACK"));
        assertEquals(7, summary.getInt("byStatus.ACTIVE"));
        assertEquals(5, summary.getInt("coverage.alignableCount"));
    }

    @Test
    void shouldFilterByPersonRootAndDepth() {
        JsonPath byPerson = cascade(peer, Map.of("personId", org.peer().id.toString()));
        assertEquals(List.of("Alpha", "Team", "Two", "Loose"), byPerson.getList("nodes.title"));
        assertEquals(List.of(false, false, true, true), byPerson.getList("nodes.match"));

        JsonPath subtree = cascade(peer, Map.of("rootId", team));
        assertEquals(List.of("Team", "One", "Two"), subtree.getList("nodes.title"));

        JsonPath roots = cascade(peer, Map.of("depth", "0"));
        assertEquals(List.of("Alpha", "Beta", "Loose"), roots.getList("nodes.title"));
        assertEquals(1, roots.getInt("nodes[0].childCount"));

        JsonPath byTeam = cascade(peer, Map.of("teamId", org.team().id.toString()));
        assertEquals(List.of("Alpha", "Team", "One", "Two", "Loose"), byTeam.getList("nodes.title"));
    }

    @Test
    void shouldSendTheFirstThreeLevelsAndDeeperSubtreesWhenAsked() {
        var period = org.period().id;
        String three = createActive(employee, manager, with(objective("Three", "INDIVIDUAL", period), "parentId", one));
        String four = createActive(employee, manager, with(objective("Four", "INDIVIDUAL", period), "parentId", three));
        createActive(employee, manager, with(objective("Five", "INDIVIDUAL", period), "parentId", four));

        JsonPath first = cascade(peer, Map.of());
        assertEquals(List.of("Alpha", "Team", "One", "Three", "Two", "Beta", "Loose"), first.getList("nodes.title"));
        assertEquals(3, first.getInt("nodes.find { it.title == 'Three' }.depth"));
        assertEquals(1, first.getInt("nodes.find { it.title == 'Three' }.childCount"));
        // the summary counts the whole visible cascade, also the levels not sent yet
        assertEquals(9, first.getInt("summary.nodeCount"));

        JsonPath subtree = cascade(peer, Map.of("rootId", three));
        assertEquals(List.of("Three", "Four", "Five"), subtree.getList("nodes.title"));
        assertEquals(List.of(0, 1, 2), subtree.getList("nodes.depth"));
        assertEquals(null, subtree.getString("nodes[0].parentId"));
        assertEquals(three, subtree.getString("nodes[1].parentId"));
        assertEquals(3, subtree.getInt("summary.nodeCount"));

        JsonPath shallow = cascade(peer, Map.of("rootId", three, "depth", "1"));
        assertEquals(List.of("Three", "Four"), shallow.getList("nodes.title"));
        assertEquals(1, shallow.getInt("nodes[1].childCount"));

        JsonPath all = cascade(peer, Map.of("depth", "50"));
        assertEquals(9, all.getList("nodes").size());
    }

    @Test
    void shouldKeepPrivateObjectivesOutOfSubtreesAndCountThemAsHidden() {
        var period = org.period().id;
        String three = createActive(employee, manager, with(objective("Three", "INDIVIDUAL", period), "parentId", one));
        String four = createActive(
                employee,
                manager,
                with(objective("Four", "INDIVIDUAL", period), "parentId", three, "visibility", "PRIVATE"));
        createActive(employee, manager, with(objective("Five", "INDIVIDUAL", period), "parentId", four));

        JsonPath forPeer = cascade(peer, Map.of("rootId", three));
        assertEquals(List.of("Three"), forPeer.getList("nodes.title"));
        assertEquals(1, forPeer.getInt("nodes[0].childCount"));
        assertEquals(1, forPeer.getInt("nodes[0].hiddenChildCount"));
        as(peer).queryParam("rootId", four).get("/api/v1/cascade").then().statusCode(404);
        assertEquals(1, cascade(peer, Map.of()).getInt("nodes.find { it.title == 'Three' }.hiddenChildCount"));

        assertEquals(
                List.of("Three", "Four", "Five"),
                cascade(employee, Map.of("rootId", three)).getList("nodes.title"));
        assertEquals(
                List.of("Four", "Five"),
                cascade(manager, Map.of("rootId", four)).getList("nodes.title"));
    }

    @Test
    void shouldReplayThePastFromTheCheckInHistory() {
        Instant start = Instant.now().minus(Duration.ofDays(2));
        clock.set(start);
        String past = createActive(
                employee, manager, with(objective("Replayed", "INDIVIDUAL", org.period().id), "parentId", team));
        as(employee)
                .body(Map.of("progress", 20, "health", "AT_RISK"))
                .post("/api/v1/objectives/" + past + "/check-ins")
                .then()
                .statusCode(201);
        clock.set(start.plus(Duration.ofDays(1)));
        as(employee)
                .body(Map.of("progress", 80, "health", "ON_TRACK"))
                .post("/api/v1/objectives/" + past + "/check-ins")
                .then()
                .statusCode(201);
        clock.reset();

        JsonPath then = cascade(
                employee, Map.of("asOf", start.plus(Duration.ofHours(12)).toString()));
        assertEquals(20.0f, then.getFloat("nodes.find { it.title == 'Replayed' }.progress"));
        assertEquals("AT_RISK", then.getString("nodes.find { it.title == 'Replayed' }.health"));
        JsonPath now = cascade(employee, Map.of("series", "true"));
        assertEquals(80.0f, now.getFloat("nodes.find { it.title == 'Replayed' }.progress"));
        List<Float> series = now.getList("nodes.find { it.title == 'Replayed' }.series");
        assertEquals(80.0f, series.get(series.size() - 1));

        JsonPath before = cascade(
                employee, Map.of("asOf", start.minus(Duration.ofHours(1)).toString()));
        assertEquals(false, before.getList("nodes.title").contains("Replayed"));
    }

    @Test
    void shouldAnswer304UntilSomethingChanges() {
        String etag = as(peer).queryParam("periodId", org.period().id.toString())
                .get("/api/v1/cascade")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(peer).queryParam("periodId", org.period().id.toString())
                .header("If-None-Match", etag)
                .get("/api/v1/cascade")
                .then()
                .statusCode(304);
        as(employee)
                .queryParam("periodId", org.period().id.toString())
                .header("If-None-Match", etag)
                .get("/api/v1/cascade")
                .then()
                .statusCode(200);
        as(employee)
                .body(Map.of("progress", 55))
                .post("/api/v1/objectives/" + one + "/check-ins")
                .then()
                .statusCode(201);
        as(peer).queryParam("periodId", org.period().id.toString())
                .header("If-None-Match", etag)
                .get("/api/v1/cascade")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldKeepOtherOrganizationsOut() {
        TestOrg other = fixtures.org();
        String otherAdmin = fixtures.token(other.admin());
        String theirs = createActive(otherAdmin, otherAdmin, objective("Their goal", "COMPANY", other.period().id));
        as(admin).get("/api/v1/cascade").then().statusCode(200).body("nodes.title", not(hasItem("Their goal")));
        as(admin).queryParam("rootId", theirs).get("/api/v1/cascade").then().statusCode(404);
        as(admin)
                .queryParam("periodId", other.period().id.toString())
                .get("/api/v1/cascade")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("periodId"));
    }

    @Test
    void shouldRejectBadParametersAndMissingTokens() {
        as(peer).queryParam("depth", "-1")
                .get("/api/v1/cascade")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("depth"));
        as(peer).queryParam("depth", "deep").get("/api/v1/cascade").then().statusCode(400);
        as(peer).queryParam("asOf", "last week")
                .get("/api/v1/cascade")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        as(peer).queryParam("rootId", secret).get("/api/v1/cascade").then().statusCode(404);
        RestAssured.given().get("/api/v1/cascade").then().statusCode(401);
    }

    private JsonPath cascade(String token, Map<String, String> params) {
        return as(token)
                .queryParam("periodId", org.period().id.toString())
                .queryParams(params)
                .get("/api/v1/cascade")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
