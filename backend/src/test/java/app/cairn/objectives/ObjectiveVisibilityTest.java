package app.cairn.objectives;

import static app.cairn.support.Api.act;
import static app.cairn.support.Api.as;
import static app.cairn.support.Api.create;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.objective;
import static app.cairn.support.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DESIGN.md's visibility table, for every kind of caller, through every read. */
@QuarkusTest
class ObjectiveVisibilityTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;
    String skip;
    String manager;
    String employee;
    String peer;
    String company;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
        skip = fixtures.token(org.skipLevel());
        manager = fixtures.token(org.manager());
        employee = fixtures.token(org.employee());
        peer = fixtures.token(org.peer());
        company = createActive(admin, admin, objective("Grow revenue", "COMPANY", org.period().id));
    }

    @Test
    void shouldShowAPrivateObjectiveOnlyToItsOwnerManagersAndAdmins() {
        String secret = createActive(
                employee,
                manager,
                with(
                        objective("Secret plan", "INDIVIDUAL", org.period().id),
                        "visibility",
                        "PRIVATE",
                        "parentId",
                        company));

        for (String reader : List.of(employee, manager, skip, admin)) {
            as(reader)
                    .get("/api/v1/objectives/" + secret)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Secret plan"));
        }
        as(employee).get("/api/v1/objectives/" + secret).then().body("permissions.canEdit", equalTo(true));
        as(manager).get("/api/v1/objectives/" + secret).then().body("permissions.canEdit", equalTo(false));
        as(admin).get("/api/v1/objectives/" + secret).then().body("permissions.canEdit", equalTo(false));

        as(peer).get("/api/v1/objectives/" + secret).then().statusCode(404).contentType("application/problem+json");
        as(peer).get("/api/v1/objectives/" + secret + "/alignment").then().statusCode(404);
        as(peer).get("/api/v1/objectives/" + secret + "/check-ins").then().statusCode(404);
        as(peer).get("/api/v1/objectives/" + secret + "/progress-series").then().statusCode(404);
        as(peer).get("/api/v1/objectives/" + secret + "/comments").then().statusCode(404);
        as(peer).body(Map.of("progress", 50))
                .post("/api/v1/objectives/" + secret + "/check-ins")
                .then()
                .statusCode(404);
        as(peer).queryParam("q", "secret").get("/api/v1/objectives").then().body("total", equalTo(0));
        as(peer).queryParam("ownerId", org.employee().id.toString())
                .get("/api/v1/objectives")
                .then()
                .body("items.title", not(hasItem("Secret plan")));
        as(peer).get("/api/v1/objectives/" + company)
                .then()
                .body("children.count", equalTo(1))
                .body("children.hiddenCount", equalTo(1))
                .body("children.items", equalTo(List.of()));

        as(manager)
                .body(with(objective("Changed", "INDIVIDUAL", org.period().id), "version", 1))
                .put("/api/v1/objectives/" + secret)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldCutTheAlignmentPathAtAHiddenAncestor() {
        String hidden = createActive(
                employee,
                manager,
                with(
                        objective("Hidden middle", "INDIVIDUAL", org.period().id),
                        "visibility",
                        "PRIVATE",
                        "parentId",
                        company));
        String child = createActive(
                employee, manager, with(objective("Visible leaf", "INDIVIDUAL", org.period().id), "parentId", hidden));
        as(peer).get("/api/v1/objectives/" + child + "/alignment")
                .then()
                .statusCode(200)
                .body("path", equalTo(List.of()))
                .body("hiddenAncestor", equalTo(true))
                .body("reachesCompanyGoal", equalTo(false));
        as(peer).get("/api/v1/objectives/" + child).then().body("parent", equalTo(null));
        as(peer).queryParam("q", "leaf")
                .get("/api/v1/objectives")
                .then()
                .body("items[0].parentId", equalTo(null))
                .body("items[0].companyGoal.name", equalTo("Grow revenue"));
        as(employee)
                .get("/api/v1/objectives/" + child + "/alignment")
                .then()
                .body("path.title", equalTo(List.of("Grow revenue", "Hidden middle")));
    }

    @Test
    void shouldKeepAParentTheEditorCannotSeeWhenTheyEdit() {
        String peersSecret = createActive(
                peer,
                manager,
                with(objective("Peer's secret", "INDIVIDUAL", org.period().id), "visibility", "PRIVATE"));
        String child = createActive(
                manager,
                manager,
                with(
                        objective("Aligned for Eli", "INDIVIDUAL", org.period().id),
                        "ownerId",
                        org.employee().id.toString(),
                        "parentId",
                        peersSecret));
        int version = as(employee)
                .get("/api/v1/objectives/" + child)
                .then()
                .statusCode(200)
                .body("parent", equalTo(null))
                .body("alignment.hiddenAncestor", equalTo(true))
                .extract()
                .path("version");
        as(employee)
                .body(with(objective("Aligned for Eli, renamed", "INDIVIDUAL", org.period().id), "version", version))
                .put("/api/v1/objectives/" + child)
                .then()
                .statusCode(200);
        as(admin)
                .get("/api/v1/objectives/" + child)
                .then()
                .body("title", equalTo("Aligned for Eli, renamed"))
                .body("parent.id", equalTo(peersSecret));
    }

    @Test
    void shouldShowDraftsToAuthorOwnerManagersAndAdminsOnly() {
        String draft = create(employee, objective("Early idea", "INDIVIDUAL", org.period().id));
        for (String reader : List.of(employee, manager, skip, admin)) {
            as(reader).get("/api/v1/objectives/" + draft).then().statusCode(200);
        }
        as(peer).get("/api/v1/objectives/" + draft).then().statusCode(404);
    }

    @Test
    void shouldLetEveryoneReadButOnlyOwnerManagersAndAdminsChangeAnOrganizationObjective() {
        String open = createActive(employee, manager, objective("Open goal", "INDIVIDUAL", org.period().id));
        as(peer).get("/api/v1/objectives/" + open)
                .then()
                .statusCode(200)
                .body("permissions.canEdit", equalTo(false))
                .body("permissions.canCheckIn", equalTo(false));
        as(peer).body(Map.of("progress", 10))
                .post("/api/v1/objectives/" + open + "/check-ins")
                .then()
                .statusCode(403);
        for (String writer : List.of(employee, manager, skip, admin)) {
            as(writer).get("/api/v1/objectives/" + open).then().body("permissions.canCheckIn", equalTo(true));
            as(writer)
                    .body(Map.of("progress", 10))
                    .post("/api/v1/objectives/" + open + "/check-ins")
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void shouldHideEverythingOfAnotherOrganization() {
        TestOrg other = fixtures.org();
        String otherAdmin = fixtures.token(other.admin());
        String theirs = createActive(otherAdmin, otherAdmin, objective("Their goal", "COMPANY", other.period().id));
        for (String path : List.of("", "/alignment", "/check-ins", "/progress-series", "/comments")) {
            as(admin).get("/api/v1/objectives/" + theirs + path).then().statusCode(404);
        }
        act(admin, theirs, "archive").statusCode(404);
        as(admin).get("/api/v1/objectives").then().body("items.title", not(hasItem("Their goal")));
        as(employee)
                .body(with(objective("Sneaky", "INDIVIDUAL", org.period().id), "parentId", theirs))
                .post("/api/v1/objectives")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        as(employee)
                .body(objective("Wrong period", "INDIVIDUAL", other.period().id))
                .post("/api/v1/objectives")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("periodId"));
    }

    @Test
    void shouldRequireATokenForEveryObjectiveEndpoint() {
        for (String path : List.of(
                "/api/v1/objectives",
                "/api/v1/objectives/" + company,
                "/api/v1/objectives/" + company + "/check-ins")) {
            io.restassured.RestAssured.given().get(path).then().statusCode(401);
        }
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/objectives")
                .then()
                .statusCode(401);
    }
}
