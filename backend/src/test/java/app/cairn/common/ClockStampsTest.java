package app.cairn.common;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.organizations.OrganizationRepository;
import app.cairn.support.Fixtures;
import app.cairn.support.TestClock;
import app.cairn.teams.TeamRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rows are stamped with the application's clock, so moving it in a test moves their times. */
@QuarkusTest
class ClockStampsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    TeamRepository teams;

    @Inject
    OrganizationRepository organizations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldStampTenantRowsWithTheInjectedClock() {
        String admin = fixtures.token(fixtures.org().admin());
        Instant then = Instant.parse("2021-03-04T05:06:07Z");
        clock.set(then);
        String id = as(admin)
                .body(Map.of("name", "Time travellers"))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var team = QuarkusTransaction.requiringNew().call(() -> teams.findById(UUID.fromString(id)));
        assertEquals(then, team.createdAt);
        assertEquals(then, team.updatedAt);

        Instant later = then.plusSeconds(3600);
        clock.set(later);
        as(admin)
                .body(Map.of("name", "Time travellers, renamed", "version", team.version))
                .put("/api/v1/teams/" + id)
                .then()
                .statusCode(200);
        var renamed = QuarkusTransaction.requiringNew().call(() -> teams.findById(UUID.fromString(id)));
        assertEquals(then, renamed.createdAt);
        assertEquals(later, renamed.updatedAt);
    }

    @Test
    void shouldStampOrganizationsWithTheInjectedClock() {
        Instant then = Instant.parse("2022-01-02T03:04:05Z");
        clock.set(then);
        String slug = "clock-" + UUID.randomUUID().toString().substring(0, 8);
        String orgId = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organizationName", "Clockwork",
                        "slug", slug,
                        "adminName", "Cleo Clock",
                        "adminEmail", slug + "@test.example",
                        "adminPassword", "brass gears tick past midnight 1887"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("organization.id");
        var org = QuarkusTransaction.requiringNew().call(() -> organizations.findById(UUID.fromString(orgId)));
        assertEquals(then, org.createdAt);
    }
}
