package app.cairn.bench;

import app.cairn.auth.PasswordHasher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Fills an existing organization with `size` people in a management tree of fan-out 10 (person i
 * reports to person (i - 1) / 10, so every manager has 10 reports) and the work the to-do inbox reads:
 * two active objectives each (one checked in 3 days ago, one 20 days ago: due again), a draft proposed
 * for agreement by every third person, two completed 1:1s per manager and report (20 and 50 days ago),
 * a 1:1 scheduled in the next hours for every other pair, an action item due yesterday per pair, and an
 * active review cycle over everyone. Set-based SQL (generate_series) with deterministic ids, so the
 * whole organization takes a few statements.
 */
final class InboxBenchData {

    /** Person 7: a mid-level manager, with 10 reports (70 … 79 in 0-based order: 71 … 80) and a manager. */
    static final int MANAGER = 7;

    private InboxBenchData() {}

    /** Ids of the generated people, index i at position i. */
    static List<UUID> generate(DataSource dataSource, UUID orgId, UUID periodId, UUID templateId, int size)
            throws SQLException {
        String hash = PasswordHasher.hash(BenchData.PASSWORD);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String person = "cast(md5(?::text || ':p' || %s) as uuid)";
            run(
                    c,
                    """
                    insert into people (id, org_id, email, name, title, manager_id, roles, password_hash,
                                        email_verified_at)
                    select %s, ?, 'p' || i || '@' || left(?::text, 8) || '.bench', 'Person ' || i,
                           case when i = 0 then 'CEO' else 'Staff' end,
                           case when i = 0 then null else %s end, 'EMPLOYEE', ?, now()
                      from generate_series(0, ? - 1) i
                    """.formatted(person.formatted("i"), person.formatted("(i - 1) / 10")),
                    orgId,
                    orgId,
                    orgId,
                    orgId,
                    hash,
                    size);
            String objective = "cast(md5(?::text || ':o' || i || ':' || k) as uuid)";
            run(
                    c,
                    """
                    insert into objectives (id, org_id, period_id, title, level, owner_id, author_id, status,
                                            progress, manual_progress, last_check_in_at, created_at, updated_at)
                    select %s, ?, ?, 'Objective ' || i || '.' || k, 'INDIVIDUAL', %s, %s, 'ACTIVE', 40, 40,
                           now() - make_interval(days => case when k = 0 then 3 else 20 end),
                           now() - interval '40 days', now() - interval '40 days'
                      from generate_series(0, ? - 1) i, generate_series(0, 1) k
                    """.formatted(objective, person.formatted("i"), person.formatted("i")),
                    orgId,
                    orgId,
                    periodId,
                    orgId,
                    orgId,
                    size);
            run(c, """
                    insert into check_ins (id, org_id, objective_id, author_id, objective_progress, health,
                                           confidence, comment, created_at)
                    select gen_random_uuid(), ?, %s, %s, 40, 'ON_TRACK', 7, 'Weekly update',
                           now() - make_interval(days => case when k = 0 then 3 else 20 end)
                      from generate_series(0, ? - 1) i, generate_series(0, 1) k
                    """.formatted(objective, person.formatted("i")), orgId, orgId, orgId, size);
            run(c, """
                    insert into objectives (id, org_id, period_id, title, level, owner_id, author_id, status,
                                            proposed_at, due_date)
                    select gen_random_uuid(), ?, ?, 'Draft of ' || i, 'INDIVIDUAL', %s, %s, 'DRAFT',
                           now() - interval '1 day', current_date + 60
                      from generate_series(1, ? - 1) i where i %% 3 = 0
                    """.formatted(person.formatted("i"), person.formatted("i")), orgId, periodId, orgId, orgId, size);
            String session = "cast(md5(?::text || ':s' || i || ':' || k) as uuid)";
            run(
                    c,
                    """
                    insert into sessions (id, org_id, series_id, kind, organizer_id, attendee_id, starts_at,
                                          series_starts_at, duration_minutes, status, completed_at)
                    select %s, ?, cast(md5(?::text || ':series' || i) as uuid), 'ONE_TO_ONE', %s, %s, t.at, t.at,
                           30, case when k < 2 then 'COMPLETED' else 'SCHEDULED' end,
                           case when k < 2 then t.at + interval '30 minutes' end
                      from generate_series(1, ? - 1) i, generate_series(0, 2) k,
                           lateral (select case k when 0 then now() - interval '20 days'
                                                  when 1 then now() - interval '50 days'
                                                  else now() + make_interval(hours => 1 + i %% 40) end as at) t
                     where k < 2 or i %% 2 = 0
                    """.formatted(session, person.formatted("(i - 1) / 10"), person.formatted("i")),
                    orgId,
                    orgId,
                    orgId,
                    orgId,
                    orgId,
                    size);
            run(
                    c,
                    """
                    insert into session_action_items (id, org_id, session_id, author_id, assignee_id, title, due_date)
                    select gen_random_uuid(), ?, cast(md5(?::text || ':s' || i || ':0') as uuid), %s,
                           case when i %% 2 = 0 then %s else %s end, 'Follow up ' || i, current_date - 1
                      from generate_series(1, ? - 1) i
                    """.formatted(
                            person.formatted("(i - 1) / 10"), person.formatted("(i - 1) / 10"), person.formatted("i")),
                    orgId,
                    orgId,
                    orgId,
                    orgId,
                    orgId,
                    size);
            UUID cycle = UUID.randomUUID();
            run(c, """
                    insert into review_cycles (id, org_id, name, kind, appraisal_type, template_id, period_id,
                                               participant_scope, self_review_due, manager_review_due, sign_off_due,
                                               state, launched_at)
                    values (?, ?, 'Bench annual review', 'APPRAISAL', 'ANNUAL', ?, ?, 'EVERYONE',
                            now() + interval '5 days', now() + interval '12 days', now() + interval '20 days',
                            'ACTIVE', now() - interval '2 days')
                    """, cycle, orgId, templateId, periodId);
            run(c, """
                    insert into reviews (id, org_id, cycle_id, reviewee_id, manager_id, skip_level_id, state)
                    select gen_random_uuid(), p.org_id, ?, p.id, p.manager_id, m.manager_id,
                           case when p.name like '%5' then 'MANAGER_REVIEW' else 'SELF_REVIEW' end
                      from people p left join people m on m.id = p.manager_id
                     where p.org_id = ? and p.email like '%.bench'
                    """, cycle, orgId);
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("analyze");
            }
            List<UUID> ids = new ArrayList<>(size);
            try (PreparedStatement ps = c.prepareStatement(
                    "select " + person.formatted("i") + " from generate_series(0, ? - 1) i order by i")) {
                ps.setObject(1, orgId.toString());
                ps.setInt(2, size);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        }
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i] instanceof UUID u && isText(sql, i) ? u.toString() : params[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Whether parameter i is one of the `?::text` slots (the org id mixed into md5), else a real uuid. */
    private static boolean isText(String sql, int index) {
        int seen = -1;
        for (int at = sql.indexOf('?'); at >= 0; at = sql.indexOf('?', at + 1)) {
            if (++seen == index) {
                return sql.startsWith("?::text", at);
            }
        }
        return false;
    }
}
