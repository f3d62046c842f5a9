package app.cairn.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.Mails;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleImportResourceTest {

    private static final String HEADER = "email,name,title,team,manager_email,role,time_zone\n";

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    TestOrg org;
    String admin;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        admin = fixtures.token(org.admin());
    }

    private ValidatableResponse importCsv(String token, String csv, boolean dryRun) {
        return given().auth()
                .oauth2(token)
                .contentType("text/csv; charset=UTF-8")
                .queryParam("dryRun", dryRun)
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/people/import")
                .then();
    }

    private int directorySize() {
        return given().auth()
                .oauth2(admin)
                .queryParam("includeInactive", true)
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private Map<String, Object> person(String email) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(admin)
                .queryParams("q", email, "includeInactive", true)
                .get("/api/v1/people")
                .then()
                .extract()
                .path("items");
        assertEquals(1, items.size(), "one person with " + email);
        return items.get(0);
    }

    private String team() {
        return org.team().name;
    }

    @Test
    void shouldPreviewEveryRowWithoutWritingAnything() {
        String csv = HEADER
                + "new.hire@test.example,Nia New,Engineer," + team() + "," + org.manager().email
                + ",EMPLOYEE,Europe/Berlin\n"
                + org.employee().email + ",Eli Employee,Senior Tester," + team() + "," + org.manager().email
                + ",EMPLOYEE,\n"
                + org.peer().email + ",Pat Peer,Tester," + team() + "," + org.manager().email + ",EMPLOYEE,\n";
        int before = directorySize();
        importCsv(admin, csv, true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(1))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("invalid", equalTo(0))
                .body("rows[0].row", equalTo(2))
                .body("rows[0].action", equalTo("CREATE"))
                .body("rows[1].action", equalTo("UPDATE"))
                .body("rows[1].changes", equalTo(List.of("title")))
                .body("rows[2].action", equalTo("UNCHANGED"));
        assertEquals(before, directorySize(), "a dry run saves nobody");
        assertEquals("Tester", person(org.employee().email).get("title"));
        assertTrue(mails.to("new.hire@test.example").isEmpty(), "a dry run invites nobody");
    }

    @Test
    void shouldNameTheRowAndColumnOfEveryErrorAndSaveNothing() {
        String csv = HEADER
                + "ok.one@test.example,Olli Ok,,,,,\n"
                + "lost@test.example,Lou Lost,,,nobody@test.example,,\n"
                + "ok.one@test.example,Olli Again,,,,,\n"
                + "odd@test.example,Otto Odd,,No Such Team,,BOSS,Mars/Olympus\n"
                + "not-an-email,Nora,,,,,\n";
        importCsv(admin, csv, true)
                .statusCode(200)
                .body("invalid", equalTo(4))
                .body("created", equalTo(1))
                .body("rows[1].action", equalTo("INVALID"))
                .body("rows[1].errors[0].column", equalTo("manager_email"))
                .body("rows[1].errors[0].message", containsString("no one has this email"))
                .body("rows[2].errors[0].column", equalTo("email"))
                .body("rows[2].errors[0].message", containsString("first on row 2"))
                .body("rows[3].errors.column", equalTo(List.of("team", "role", "time_zone")))
                .body("rows[4].errors[0].column", equalTo("email"));
        int before = directorySize();
        importCsv(admin, csv, false)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("row 3, manager_email"))
                .body("errors.field", hasItem("row 4, email"))
                .body("errors.field", hasItem("row 5, team"))
                .body("errors.field", hasItem("row 6, email"));
        assertEquals(before, directorySize(), "a file with an error saves nobody, not even the good rows");
    }

    @Test
    void shouldImportAllOrNothingResolvingManagersInAnyOrderAndChangeNothingTheSecondTime() {
        String csv = HEADER
                + "report.one@test.example,Rae Report,Engineer," + team() + ",new.lead@test.example,EMPLOYEE,\n"
                + "new.lead@test.example,Noel Lead,Lead," + team() + "," + org.skipLevel().email
                + ",ADMIN,Asia/Tokyo\n";
        int before = directorySize();
        importCsv(admin, csv, false)
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created", equalTo(2));
        assertEquals(before + 2, directorySize());
        Map<String, Object> report = person("report.one@test.example");
        assertEquals("Noel Lead", ((Map<?, ?>) report.get("manager")).get("name"));
        assertEquals(true, report.get("invitationPending"));
        Map<String, Object> lead = person("new.lead@test.example");
        assertEquals(List.of("ADMIN", "EMPLOYEE"), lead.get("roles"));
        assertEquals("Sid Skip", ((Map<?, ?>) lead.get("manager")).get("name"));
        assertTrue(mails.last("report.one@test.example").getText().contains("#token="), "new people are invited");

        importCsv(admin, csv, false).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));
        assertEquals(before + 2, directorySize());
        assertEquals(report.get("version"), person("report.one@test.example").get("version"));
    }

    @Test
    void shouldKeepValuesOfColumnsTheFileLeavesOut() {
        importCsv(admin, "email,name\n" + org.employee().email + ",Eli Renamed\n", false)
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("rows[0].changes", equalTo(List.of("name")));
        Map<String, Object> employee = person(org.employee().email);
        assertEquals("Mia Manager", ((Map<?, ?>) employee.get("manager")).get("name"));
        assertEquals("Tester", employee.get("title"));
    }

    @Test
    void shouldRefuseReportingCycles() {
        String existing =
                "email,name,manager_email\n" + org.skipLevel().email + ",Sid Skip," + org.employee().email + "\n";
        importCsv(admin, existing, true)
                .statusCode(200)
                .body("rows[0].errors[0].column", equalTo("manager_email"))
                .body("rows[0].errors[0].message", containsString("reporting cycle"));
        String inFile = "email,name,manager_email\n"
                + "a@test.example,Ann A,b@test.example\n"
                + "b@test.example,Ben B,a@test.example\n";
        importCsv(admin, inFile, false)
                .statusCode(400)
                .body("errors.field", equalTo(List.of("row 2, manager_email", "row 3, manager_email")));
    }

    @Test
    void shouldNeverLetTheLastAdminGo() {
        importCsv(admin, "email,name,role\n" + org.admin().email + ",Ada Admin,EMPLOYEE\n", false)
                .statusCode(400)
                .body("errors[0].field", equalTo("row 2, role"))
                .body("errors[0].message", containsString("without an active admin"));
    }

    @Test
    void shouldTreatAnotherOrganizationsPeopleAsUnknown() {
        TestOrg other = fixtures.org();
        String csv = "email,name,manager_email\n" + "joiner@test.example,Jo Joiner," + other.manager().email + "\n";
        importCsv(admin, csv, true)
                .statusCode(200)
                .body("rows[0].errors[0].message", containsString("no one has this email"));
        importCsv(admin, "email,name,title\n" + other.employee().email + ",Someone Else,Changed\n", false)
                .statusCode(200)
                .body("created", equalTo(1));
        String otherAdmin = fixtures.token(other.admin());
        given().auth()
                .oauth2(otherAdmin)
                .get("/api/v1/people/" + other.employee().id)
                .then()
                .body("name", equalTo("Eli Employee"))
                .body("title", equalTo("Tester"));
    }

    @Test
    void shouldExportTheImportColumnsSoARoundTripChangesNothing() {
        importCsv(admin, "email,name,title\nformula@test.example,=HYPERLINK(\"x\"),+1 Engineer\n", false)
                .statusCode(200);
        String csv = given().auth()
                .oauth2(admin)
                .accept("text/csv")
                .get("/api/v1/people")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("people.csv"))
                .extract()
                .asString();
        assertTrue(csv.startsWith("email,name,title,team,manager_email,role,time_zone"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",'+1 Engineer"), csv);
        assertTrue(
                csv.contains(org.employee().email + ",Eli Employee,Tester," + team() + "," + org.manager().email
                        + ",EMPLOYEE,"),
                csv);
        importCsv(admin, csv, false)
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(6));
        assertEquals("=HYPERLINK(\"x\")", person("formula@test.example").get("name"));
    }

    @Test
    void shouldLetOnlyAdminsImportAndExport() {
        String employee = fixtures.token(org.employee());
        importCsv(employee, "email,name\nx@test.example,X\n", true).statusCode(403);
        given().auth()
                .oauth2(employee)
                .accept("text/csv")
                .get("/api/v1/people")
                .then()
                .statusCode(403);
        given().accept("text/csv").get("/api/v1/people").then().statusCode(401);
    }

    @Test
    void shouldRefuseFilesItCannotRead() {
        importCsv(admin, "name,title\nX,Y\n", true)
                .statusCode(400)
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("email"));
        importCsv(admin, "email,name,shoe_size\nx@test.example,X,42\n", true)
                .statusCode(400)
                .body("errors[0].message", containsString("shoe_size"));
        importCsv(admin, "email,name\n", true).statusCode(400).body("errors[0].field", equalTo("body"));
        importCsv(admin, "email,name\n\"x@test.example,X\n", true)
                .statusCode(400)
                .body("errors[0].message", containsString("not valid CSV"));
        StringBuilder many = new StringBuilder("email,name\n");
        for (int i = 0; i <= PeopleCsv.MAX_ROWS; i++) {
            many.append("p").append(i).append("@test.example,P ").append(i).append('\n');
        }
        importCsv(admin, many.toString(), true)
                .statusCode(400)
                .body("errors[0].message", containsString("at most 2000"));
        String huge = "email,name\n" + "x@test.example,\"" + "y".repeat(PeopleCsv.MAX_BYTES) + "\"\n";
        importCsv(admin, huge, true).statusCode(413).body("detail", containsString("1048576"));
        given().auth()
                .oauth2(admin)
                .contentType("text/csv")
                .body(new byte[] {'e', 'm', 'a', 'i', 'l', ',', 'n', 'a', 'm', 'e', '\n', (byte) 0xff, ',', 'x'})
                .post("/api/v1/people/import")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("UTF-8"));
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/people/import")
                .then()
                .statusCode(415);
    }

    @Test
    void shouldAcceptSpreadsheetHeadersAndAByteOrderMark() {
        importCsv(
                        admin,
                        "\uFEFFE-mail,Full Name,Job Title,Manager's E-mail\nsheet@test.example,Sheet Person,Analyst,"
                                + org.manager().email + "\n",
                        false)
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rows[0].errors", hasSize(0))
                .body("rows[0].email", not(containsString("\uFEFF")));
        assertEquals("Mia Manager", ((Map<?, ?>) person("sheet@test.example").get("manager")).get("name"));
    }
}
