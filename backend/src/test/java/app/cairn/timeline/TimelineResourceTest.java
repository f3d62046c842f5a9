package app.cairn.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.people.Person;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.HistoryData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    HistoryData data;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    String employee;
    String peer;
    Instant now = Instant.now();

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
    }

    private ValidatableResponse timeline(String token, Person person, Object... query) {
        var request = given().auth().oauth2(token).queryParam("size", 200);
        for (int i = 0; i < query.length; i += 2) {
            if (query[i + 1] instanceof java.util.Collection<?> values) {
                request.queryParam((String) query[i], values); // repeated, as the contract declares arrays
            } else {
                request.queryParam((String) query[i], query[i + 1]);
            }
        }
        return request.get("/api/v1/people/" + person.id + "/timeline").then();
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    @Test
    void shouldOpenTheTimelineToThePersonTheirManagersAndAdminsOnly() {
        timeline(employee, org.employee()).statusCode(200);
        timeline(manager, org.employee()).statusCode(200);
        timeline(skip, org.employee()).statusCode(200);
        timeline(admin, org.employee()).statusCode(200);
        timeline(peer, org.employee()).statusCode(404).contentType("application/problem+json");
        timeline(employee, org.manager()).statusCode(404);
        TestOrg other = fixtures.org();
        timeline(fixtures.token(other.admin()), org.employee()).statusCode(404);
        given().auth()
                .oauth2(peer)
                .get("/api/v1/people/" + org.employee().id + "/glance")
                .then()
                .statusCode(404);
        given().get("/api/v1/people/" + org.employee().id + "/timeline").then().statusCode(401);
    }

    @Test
    void shouldShowOneToOnesOnlyToParticipantsAndTheFactToAdmins() {
        data.session(org.org().id, org.manager().id, org.employee().id, daysAgo(3), "COMPLETED");
        data.session(org.org().id, org.manager().id, org.employee().id, daysAgo(1), "CANCELLED");
        timeline(employee, org.employee(), "kind", "ONE_TO_ONE")
                .body("total", equalTo(1))
                .body("items[0].person.name", equalTo("Mia Manager"));
        timeline(manager, org.employee(), "kind", "ONE_TO_ONE").body("total", equalTo(1));
        timeline(skip, org.employee(), "kind", "ONE_TO_ONE").body("total", equalTo(0));
        timeline(admin, org.employee(), "kind", "ONE_TO_ONE").body("total", equalTo(1));
    }

    @Test
    void shouldShowFeedbackTextOnlyToThoseWhoMayReadIt() {
        data.feedback(org.org().id, org.peer().id, org.employee().id, "PRIVATE", "Private note", daysAgo(2));
        data.feedback(org.org().id, org.peer().id, org.employee().id, "MANAGERS", "For managers", daysAgo(3));
        data.feedback(org.org().id, org.peer().id, org.employee().id, "PUBLIC", "Great demo", daysAgo(4));
        timeline(employee, org.employee(), "kind", List.of("FEEDBACK", "PRAISE"))
                .body("items.detail", equalTo(List.of("Private note", "For managers", "Great demo")))
                .body("items.kind", equalTo(List.of("FEEDBACK", "FEEDBACK", "PRAISE")));
        timeline(manager, org.employee(), "kind", List.of("FEEDBACK", "PRAISE"))
                .body("items.detail", equalTo(List.of("For managers", "Great demo")));
        timeline(skip, org.employee(), "kind", List.of("FEEDBACK", "PRAISE")).body("total", equalTo(2));
        // admins know that feedback exists, and read its text only by the same rules as anyone
        timeline(admin, org.employee(), "kind", List.of("FEEDBACK", "PRAISE"))
                .body("total", equalTo(3))
                .body("items[0].detail", nullValue())
                .body("items[1].detail", nullValue())
                .body("items[2].detail", equalTo("Great demo"));
    }

    @Test
    void shouldShowPrivateObjectivesToTheOwnerAndTheirManagersWithCheckInsSummarised() {
        UUID open = data.objective(
                org.org().id,
                org.period().id,
                org.employee().id,
                null,
                "Ship search",
                "INDIVIDUAL",
                "ACTIVE",
                "ON_TRACK",
                40,
                "ORGANIZATION",
                null,
                daysAgo(20));
        data.objective(
                org.org().id,
                org.period().id,
                org.employee().id,
                null,
                "Secret plan",
                "INDIVIDUAL",
                "ACTIVE",
                "AT_RISK",
                10,
                "PRIVATE",
                null,
                daysAgo(20));
        data.checkIn(org.org().id, open, org.employee().id, daysAgo(10), 20);
        data.checkIn(org.org().id, open, org.employee().id, daysAgo(5), 40);
        timeline(employee, org.employee(), "kind", "OBJECTIVE")
                .body("items.title", containsInAnyOrder("Ship search", "Secret plan"));
        timeline(skip, org.employee(), "kind", "OBJECTIVE").body("total", equalTo(2));
        // an admin sees every objective, as the objectives list does
        timeline(admin, org.employee(), "kind", "OBJECTIVE").body("total", equalTo(2));
        timeline(employee, org.employee(), "kind", "CHECK_INS")
                .body("items", hasSize(1))
                .body("items[0].count", equalTo(2))
                .body("items[0].progress", equalTo(40.0f))
                .body("items[0].period.id", equalTo(org.period().id.toString()));
    }

    @Test
    void shouldShowSharedReviewsWithRatingsButNotUnsharedOnes() {
        data.review(
                org.org().id,
                org.period().id,
                org.employee().id,
                org.manager().id,
                null,
                "H1 appraisal",
                "SHARED",
                4.0,
                daysAgo(30));
        data.review(
                org.org().id,
                org.period().id,
                org.employee().id,
                org.manager().id,
                null,
                "H2 appraisal",
                "MANAGER_REVIEW",
                2.0,
                daysAgo(2));
        timeline(employee, org.employee(), "kind", "REVIEW")
                .body("total", equalTo(1))
                .body("items[0].title", equalTo("H1 appraisal"))
                .body("items[0].rating", equalTo(4.0f));
        timeline(skip, org.employee(), "kind", "REVIEW").body("items[0].rating", equalTo(4.0f));
        given().auth()
                .oauth2(employee)
                .get("/api/v1/people/" + org.employee().id + "/glance")
                .then()
                .statusCode(200)
                .body("ratings.name", equalTo(List.of("H1 appraisal")));
    }

    @Test
    void shouldRecordTeamManagerAndRoleChangesInTheTimeline() {
        Person employeeRow = org.employee();
        Map<String, Object> body = new HashMap<>();
        body.put("email", employeeRow.email);
        body.put("name", employeeRow.name);
        body.put("title", employeeRow.title);
        body.put("teamId", null);
        body.put("managerId", org.skipLevel().id.toString());
        body.put("roles", List.of("EMPLOYEE", "ADMIN"));
        body.put("version", 0);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/people/" + employeeRow.id)
                .then()
                .statusCode(200);
        timeline(employee, org.employee(), "kind", List.of("TEAM_CHANGE", "MANAGER_CHANGE", "ROLE_CHANGE"))
                // the state before the change (joined the team, reported to Mia), then the change
                .body(
                        "items.kind",
                        containsInAnyOrder(
                                "TEAM_CHANGE", "MANAGER_CHANGE", "ROLE_CHANGE", "TEAM_CHANGE", "MANAGER_CHANGE"))
                .body("items.title", hasItem("Reports to Mia Manager"))
                .body("items.title", hasItem("Reports to Sid Skip"))
                .body("items.detail", hasItem("previously Mia Manager"))
                .body("items.title", hasItem("Left team"));
        // a change of name only records nothing
        body.put("name", "Eli Renamed");
        body.put("version", 1);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/people/" + employeeRow.id)
                .then()
                .statusCode(200);
        timeline(employee, org.employee(), "kind", List.of("TEAM_CHANGE", "MANAGER_CHANGE", "ROLE_CHANGE"))
                .body("total", equalTo(5));
        // Mia is no longer above Eli: the history closes to her
        timeline(manager, org.employee()).statusCode(404);
    }

    @Test
    void shouldFilterByPeriodAndDatesAndPage() {
        data.session(org.org().id, org.manager().id, org.employee().id, daysAgo(400), "COMPLETED");
        data.session(org.org().id, org.manager().id, org.employee().id, daysAgo(3), "COMPLETED");
        data.session(org.org().id, org.manager().id, org.employee().id, daysAgo(2), "COMPLETED");
        timeline(
                        employee,
                        org.employee(),
                        "kind",
                        "ONE_TO_ONE",
                        "from",
                        daysAgo(30).toString().substring(0, 10))
                .body("total", equalTo(2));
        given().auth()
                .oauth2(employee)
                .queryParam("kind", "ONE_TO_ONE")
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/v1/people/" + org.employee().id + "/timeline")
                .then()
                .body("total", equalTo(3))
                .body("items", hasSize(1));
        timeline(employee, org.employee(), "kind", "NOPE").statusCode(400).body("errors[0].field", equalTo("kind"));
        timeline(employee, org.employee(), "from", "2026-13-01")
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        timeline(employee, org.employee(), "from", "2026-05-02", "to", "2026-05-01")
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        timeline(
                        employee,
                        org.employee(),
                        "periodId",
                        fixtures.org().period().id.toString())
                .statusCode(404);
        timeline(
                        employee,
                        org.employee(),
                        "kind",
                        "ONE_TO_ONE",
                        "periodId",
                        org.period().id.toString())
                .body("items.kind", not(hasItem("OBJECTIVE")));
    }
}
