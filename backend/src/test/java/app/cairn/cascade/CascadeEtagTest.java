package app.cairn.cascade;

import static app.cairn.support.Api.as;
import static app.cairn.support.Api.createActive;
import static app.cairn.support.Api.objective;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cascade's ETag moves with every committed change, whatever order transactions commit in. */
@QuarkusTest
class CascadeEtagTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldMoveTheStampWhenAnEarlierStampedTransactionCommitsLast() throws SQLException {
        TestOrg org = fixtures.org();
        String admin = fixtures.token(org.admin());
        String first = createActive(admin, admin, objective("First goal", "COMPANY", org.period().id));
        String second = createActive(admin, admin, objective("Second goal", "COMPANY", org.period().id));
        String before = etag(admin, null, 200);

        Instant now = Instant.now();
        try (Connection early = dataSource.getConnection();
                Connection late = dataSource.getConnection()) {
            early.setAutoCommit(false);
            late.setAutoCommit(false);
            // both write as a service does (the row, then its history at the clock's time); the
            // transaction stamped first commits last
            rename(early, first, "First goal, renamed", now);
            rename(late, second, "Second goal, renamed", now.plusSeconds(1));
            late.commit();
            String afterLate = etag(admin, before, 200);

            early.commit();
            String afterEarly = etag(admin, afterLate, 200);
            assertNotEquals(afterLate, afterEarly);
        }
        as(admin)
                .queryParam("periodId", org.period().id.toString())
                .get("/api/v1/cascade")
                .then()
                .body("nodes.title", hasItem("First goal, renamed"));
    }

    @Test
    void shouldAnswerNotModifiedWhileNothingChanged() {
        TestOrg org = fixtures.org();
        String admin = fixtures.token(org.admin());
        createActive(admin, admin, objective("Steady goal", "COMPANY", org.period().id));
        String tag = etag(admin, null, 200);
        etag(admin, tag, 304);
        // another organization's change is not this one's
        TestOrg other = fixtures.org();
        String otherAdmin = fixtures.token(other.admin());
        createActive(otherAdmin, otherAdmin, objective("Elsewhere", "COMPANY", other.period().id));
        etag(admin, tag, 304);
    }

    private static String etag(String token, String ifNoneMatch, int status) {
        var request = as(token);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        String tag = request.get("/api/v1/cascade")
                .then()
                .statusCode(status)
                .extract()
                .header("ETag");
        return tag == null ? ifNoneMatch : tag;
    }

    private static void rename(Connection connection, String id, String title, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update objectives set title = ? where id = ?")) {
            update.setString(1, title);
            update.setObject(2, UUID.fromString(id));
            update.executeUpdate();
        }
        try (PreparedStatement history = connection.prepareStatement("""
                insert into objective_history (org_id, objective_id, recorded_at, progress, health, status, parent_id, weight)
                select org_id, id, ?, progress, health, status, parent_id, weight from objectives where id = ?
                """)) {
            history.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            history.setObject(2, UUID.fromString(id));
            history.executeUpdate();
        }
    }
}
