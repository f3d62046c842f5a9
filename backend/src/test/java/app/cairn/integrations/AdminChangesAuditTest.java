package app.cairn.integrations;

import static app.cairn.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admin changes carry the before/after of each changed field; the audit log exports as CSV. */
@QuarkusTest
class AdminChangesAuditTest {

    @Inject
    Fixtures fixtures;

    TestOrg org;
    String admin;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
    }

    /** A team body; {@code version} only for an update (a create takes none). */
    private static Map<String, Object> team(String name, Object leadId, Integer version) {
        var body = new java.util.HashMap<String, Object>();
        body.put("name", name);
        body.put("leadId", leadId);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    @Test
    void shouldRecordTeamChangesFieldByField() {
        String id = as(admin)
                .body(team("Platform", null, null))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(admin)
                .body(team("Platform & Data", org.manager().id.toString(), 0))
                .put("/api/v1/teams/" + id)
                .then()
                .statusCode(200);
        as(admin).delete("/api/v1/teams/" + id).then().statusCode(204);
        as(admin)
                .get("/api/v1/audit-events?resourceId=" + id)
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("team.deleted", "team.updated", "team.created")))
                .body("items[2].changes.name.after", equalTo("Platform"))
                .body("items[1].changes.name.before", equalTo("Platform"))
                .body("items[1].changes.name.after", equalTo("Platform & Data"))
                .body("items[1].changes.leadId.before", equalTo(null))
                .body("items[1].changes.leadId.after", equalTo(org.manager().id.toString()))
                .body("items[1].changes", not(hasKey("parentId")))
                .body("items[0].changes.name.before", equalTo("Platform & Data"))
                .body("items[0].changes.name.after", equalTo(null));
    }

    @Test
    void shouldRecordPeriodChangesFieldByField() {
        String id = org.period().id.toString();
        as(admin)
                .body(Map.of(
                        "name",
                        "FY2027",
                        "startDate",
                        org.period().startDate.toString(),
                        "endDate",
                        org.period().endDate.plusDays(1).toString(),
                        "version",
                        0))
                .put("/api/v1/periods/" + id)
                .then()
                .statusCode(200);
        as(admin)
                .get("/api/v1/audit-events?action=period.&resourceId=" + id)
                .then()
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("period.updated"))
                .body("items[0].changes.name.before", equalTo(org.period().name))
                .body("items[0].changes.name.after", equalTo("FY2027"))
                .body(
                        "items[0].changes.endDate.before",
                        equalTo(org.period().endDate.toString()))
                .body(
                        "items[0].changes.endDate.after",
                        equalTo(org.period().endDate.plusDays(1).toString()))
                .body("items[0].changes", not(hasKey("startDate")));
    }

    @Test
    void shouldRecordOrganizationAndSessionSettings() {
        as(admin)
                .body(Map.of("name", "Renamed Org", "timeZone", "Europe/Paris", "version", 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(200);
        as(admin)
                .body(Map.of("defaultIntervalDays", 7, "lockAfterDays", 7, "version", 0))
                .put("/api/v1/session-settings")
                .then()
                .statusCode(200);
        as(admin)
                .get("/api/v1/audit-events?action=organization.updated")
                .then()
                .body("total", equalTo(1))
                .body("items[0].changes.name.after", equalTo("Renamed Org"))
                .body("items[0].changes.timeZone.after", equalTo("Europe/Paris"));
        as(admin)
                .get("/api/v1/audit-events?action=session_settings.updated")
                .then()
                .body("total", equalTo(1))
                .body("items[0].changes.defaultIntervalDays.before", equalTo(14))
                .body("items[0].changes.defaultIntervalDays.after", equalTo(7))
                .body("items[0].changes", not(hasKey("lockAfterDays")));
    }

    @Test
    void shouldExportExactlyWhatIsFilteredAsGuardedCsv() throws IOException {
        as(admin)
                .body(team("=HYPERLINK(\"http://evil\")", null, null))
                .post("/api/v1/teams")
                .then()
                .statusCode(201);
        as(admin)
                .body(team("Quality, \"QA\"", null, null))
                .post("/api/v1/teams")
                .then()
                .statusCode(201);
        as(admin)
                .body(Map.of("name", "Renamed Org", "timeZone", "UTC", "version", 0))
                .put("/api/v1/organization")
                .then()
                .statusCode(200);

        String csv = as(admin)
                .accept("text/csv")
                .get("/api/v1/audit-events?action=team.")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("audit-log-"))
                .extract()
                .asString();
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertEquals(2, rows.size(), csv);
        assertEquals("team.created", rows.get(0).get("action"));
        assertEquals("Quality, \"QA\"", rows.get(0).get("summary"));
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(1).get("summary"), "formula guarded");
        assertEquals(org.admin().name, rows.get(0).get("actor"));
        assertEquals("PERSON", rows.get(0).get("actorKind"));
        assertTrue(rows.get(0).get("changes").contains("\"after\": \"Quality, \\\"QA\\\"\""), csv);
        assertTrue(rows.get(0).get("occurredAt").endsWith("Z"), rows.get(0).get("occurredAt"));

        String byParameter = as(admin)
                .get("/api/v1/audit-events?format=csv&action=organization.")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(2, byParameter.strip().split("\r\n").length, byParameter);
    }

    @Test
    void shouldRefuseBadExportsAndNonAdmins() {
        as(admin)
                .get("/api/v1/audit-events?format=xml")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
        as(admin)
                .accept("text/csv")
                .get("/api/v1/audit-events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(fixtures.token(org.employee()))
                .get("/api/v1/audit-events?format=csv")
                .then()
                .statusCode(403);
    }
}
