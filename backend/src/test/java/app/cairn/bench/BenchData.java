package app.cairn.bench;

import app.cairn.auth.PasswordHasher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Generates an organization with N objectives in a realistic shape: company goals, two levels of
 * team objectives, three levels of individual objectives (6 levels, fan-out 4-3-3-3-2), owned by
 * N/5 people in a management tree; key results and check-ins on the leaves, history on every
 * objective (three rows, on days spread over the period's first 60), 5% private. Written with
 * batched JDBC inserts.
 */
final class BenchData {

    static final String PASSWORD = "bench-pass";
    private static final int[] FANOUT = {0, 4, 3, 3, 3, 2};
    private static final String[] LEVELS = {"COMPANY", "TEAM", "TEAM", "INDIVIDUAL", "INDIVIDUAL", "INDIVIDUAL"};

    /** What a benchmark needs to know about a generated organization. */
    record Org(
            UUID id,
            UUID periodId,
            List<UUID> people,
            UUID caller,
            UUID leafKeyResult,
            UUID leafOwner,
            int objectives) {}

    private BenchData() {}

    static Org generate(DataSource dataSource, int n) throws SQLException {
        Random random = new Random(n);
        UUID orgId = UUID.randomUUID();
        UUID periodId = UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
        Instant periodStart = start.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant now = Instant.now();
        String hash = PasswordHasher.hash(PASSWORD);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps =
                    c.prepareStatement("insert into organizations (id, name, slug) values (?, ?, ?)")) {
                ps.setObject(1, orgId);
                ps.setString(2, "Bench " + n);
                ps.setString(3, "bench-" + n + "-" + orgId.toString().substring(0, 6));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into periods (id, org_id, name, start_date, end_date) values (?, ?, ?, ?, ?)")) {
                ps.setObject(1, periodId);
                ps.setObject(2, orgId);
                ps.setString(3, "Bench quarter");
                ps.setObject(4, start);
                ps.setObject(5, start.plusMonths(3).minusDays(1));
                ps.executeUpdate();
            }
            int peopleCount = Math.max(30, n / 5);
            List<UUID> people = new ArrayList<>(peopleCount);
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into people (id, org_id, email, name, title, manager_id,"
                            + " roles, password_hash, email_verified_at) values (?, ?, ?, ?, ?, ?, 'EMPLOYEE', ?, now())")) {
                for (int i = 0; i < peopleCount; i++) {
                    UUID id = UUID.randomUUID();
                    people.add(id);
                    ps.setObject(1, id);
                    ps.setObject(2, orgId);
                    ps.setString(3, "p" + i + "@" + orgId.toString().substring(0, 8) + ".bench");
                    ps.setString(4, "Person " + i);
                    ps.setString(5, i == 0 ? "CEO" : "Staff");
                    ps.setObject(6, i == 0 ? null : people.get((i - 1) / 6));
                    ps.setString(7, hash);
                    ps.addBatch();
                    flushEvery(ps, i);
                }
                ps.executeBatch();
            }
            int n0 = (int) Math.ceil(n / 377.0);
            List<List<UUID>> levels = new ArrayList<>();
            int created = 0;
            UUID leafKeyResult = null;
            UUID leafOwner = null;
            try (PreparedStatement obj =
                            c.prepareStatement("insert into objectives (id, org_id, period_id, parent_id, title,"
                                    + " level, owner_id, author_id, weight, status, health, progress, manual_progress, visibility,"
                                    + " due_date, last_check_in_at, created_at, updated_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement kr = c.prepareStatement(
                            "insert into key_results (id, org_id, objective_id, title, kind,"
                                    + " start_value, target_value, current_value, unit) values (?, ?, ?, ?, 'NUMBER', 0, 100, ?, 'points')");
                    PreparedStatement checkIn = c.prepareStatement(
                            "insert into check_ins (id, org_id, objective_id,"
                                    + " key_result_id, key_result_title, author_id, value, progress, objective_progress, health,"
                                    + " confidence, comment, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 7, 'Weekly update', ?)");
                    PreparedStatement history = c.prepareStatement(
                            "insert into objective_history (org_id, objective_id,"
                                    + " recorded_at, progress, health, status, parent_id, weight) values (?, ?, ?, ?, ?, 'ACTIVE', ?, 1)")) {
                for (int level = 0; level < LEVELS.length && created < n; level++) {
                    List<UUID> ids = new ArrayList<>();
                    int count = level == 0 ? n0 : levels.get(level - 1).size() * FANOUT[level];
                    for (int i = 0; i < count && created < n; i++, created++) {
                        UUID id = UUID.randomUUID();
                        ids.add(id);
                        UUID parent = level == 0 ? null : levels.get(level - 1).get(i / FANOUT[level]);
                        int pool = level == 0 ? 6 : level <= 2 ? Math.max(7, people.size() / 5) : people.size();
                        UUID owner = people.get(random.nextInt(pool));
                        double progress = Math.round(random.nextDouble() * 10000) / 100.0;
                        String health =
                                random.nextInt(10) < 7 ? "ON_TRACK" : random.nextBoolean() ? "AT_RISK" : "OFF_TRACK";
                        Instant checkedAt = now.minus(random.nextInt(14 * 24), ChronoUnit.HOURS);
                        obj.setObject(1, id);
                        obj.setObject(2, orgId);
                        obj.setObject(3, periodId);
                        obj.setObject(4, parent);
                        obj.setString(5, LEVELS[level].charAt(0) + level + " objective " + i);
                        obj.setString(6, LEVELS[level]);
                        obj.setObject(7, owner);
                        obj.setObject(8, owner);
                        obj.setBigDecimal(9, java.math.BigDecimal.valueOf(1 + random.nextInt(3)));
                        obj.setString(10, health);
                        obj.setDouble(11, progress);
                        obj.setDouble(12, progress);
                        obj.setString(13, random.nextInt(20) == 0 ? "PRIVATE" : "ORGANIZATION");
                        obj.setObject(14, start.plusMonths(3).minusDays(1));
                        obj.setTimestamp(15, Timestamp.from(checkedAt));
                        obj.setTimestamp(16, Timestamp.from(periodStart));
                        obj.setTimestamp(17, Timestamp.from(periodStart));
                        obj.addBatch();
                        for (int h = 0; h < 3; h++) {
                            history.setObject(1, orgId);
                            history.setObject(2, id);
                            history.setTimestamp(
                                    3,
                                    Timestamp.from(periodStart
                                            .plus(h * 20L + random.nextInt(20), ChronoUnit.DAYS)
                                            .plus(random.nextInt(24), ChronoUnit.HOURS)));
                            history.setDouble(4, progress * h / 2);
                            history.setString(5, health);
                            history.setObject(6, parent);
                            history.addBatch();
                        }
                        if (level >= 3) {
                            UUID krId = UUID.randomUUID();
                            kr.setObject(1, krId);
                            kr.setObject(2, orgId);
                            kr.setObject(3, id);
                            kr.setString(4, "Result of " + i);
                            kr.setDouble(5, progress);
                            kr.addBatch();
                            for (int k = 0; k < 2; k++) {
                                checkIn.setObject(1, UUID.randomUUID());
                                checkIn.setObject(2, orgId);
                                checkIn.setObject(3, id);
                                checkIn.setObject(4, krId);
                                checkIn.setString(5, "Result of " + i);
                                checkIn.setObject(6, owner);
                                checkIn.setDouble(7, progress * (k + 1) / 2);
                                checkIn.setDouble(8, progress * (k + 1) / 2);
                                checkIn.setDouble(9, progress * (k + 1) / 2);
                                checkIn.setString(10, health);
                                checkIn.setTimestamp(
                                        11, Timestamp.from(checkedAt.minus(7L * (1 - k), ChronoUnit.DAYS)));
                                checkIn.addBatch();
                            }
                            if (level == LEVELS.length - 1 && leafKeyResult == null) {
                                leafKeyResult = krId;
                                leafOwner = owner;
                            }
                        }
                        if (created % 1000 == 999) {
                            obj.executeBatch();
                            kr.executeBatch();
                            checkIn.executeBatch();
                            history.executeBatch();
                        }
                    }
                    levels.add(ids);
                }
                obj.executeBatch();
                kr.executeBatch();
                checkIn.executeBatch();
                history.executeBatch();
            }
            c.commit();
            try (var st = c.createStatement()) {
                st.execute("analyze");
            }
            return new Org(orgId, periodId, people, people.get(7), leafKeyResult, leafOwner, created);
        }
    }

    private static void flushEvery(PreparedStatement ps, int i) throws SQLException {
        if (i % 1000 == 999) {
            ps.executeBatch();
        }
    }
}
