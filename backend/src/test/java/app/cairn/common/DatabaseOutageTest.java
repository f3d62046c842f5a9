package app.cairn.common;

import static app.cairn.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A database restart under way: its connections are dropped (as PostgreSQL does on a restart, with
 * "terminating connection due to administrator command") and new ones are refused. Requests caught
 * in it answer 503 problem+json with Retry-After, never 500; readiness reports DOWN; and the service
 * recovers by itself once the database takes connections again.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final int ATTEMPTS = 100;

    @Inject
    Fixtures fixtures;

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverAfter() throws Exception {
        TestOrg org = fixtures.org();
        String token = fixtures.token(org.manager());
        as(token).get("/api/v1/objectives").then().statusCode(200);
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        try (Connection admin = adminConnection(url)) {
            try {
                execute(admin, "alter database \"" + database + "\" allow_connections false");
                execute(
                        admin,
                        "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                                + "' and pid <> pg_backend_pid()");
                for (String path : new String[] {"/api/v1/objectives", "/api/v1/me", "/api/v1/sessions"}) {
                    Response response = as(token).get(path);
                    assertEquals(503, response.statusCode(), path + ": " + response.asString());
                    assertEquals("application/problem+json", response.contentType(), path);
                    assertNotNull(response.header("Retry-After"), path);
                    response.then().body("status", equalTo(503));
                }
                given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            } finally {
                execute(admin, "alter database \"" + database + "\" allow_connections true");
            }
        }
        int status = 0;
        for (int i = 0; i < ATTEMPTS && status != 200; i++) {
            status = as(token).get("/api/v1/objectives").statusCode();
            if (status != 200) {
                assertEquals(503, status, "only 503 while recovering");
                Thread.sleep(100);
            }
        }
        assertEquals(200, status, "the service recovers once the database takes connections");
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** A connection to the server's `postgres` database, outside the application's pool. */
    private static Connection adminConnection(String url) throws SQLException {
        String base = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                base,
                config.getOptionalValue("quarkus.datasource.username", String.class)
                        .orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
