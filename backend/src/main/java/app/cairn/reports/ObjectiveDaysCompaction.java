package app.cairn.reports;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Folds the rows of each objective_days bucket into one (V201: writes only ever insert rows of changes,
 * so check-ins never wait on one another's counters). One statement, so a bucket's sum never changes:
 * the rows it deletes come back as their sum. Safe on several instances at once: a second run waits for
 * the first's deleted rows, skips them, and folds only rows the first did not see.
 */
@ApplicationScoped
public class ObjectiveDaysCompaction {

    static final String FOLD = """
            with gone as (
                delete from objective_days d
                using (select org_id, period_id, day, level, team_id from objective_days
                       group by 1, 2, 3, 4, 5 having count(*) > 1) k
                where d.org_id = k.org_id and d.period_id = k.period_id and d.day = k.day and d.level = k.level
                  and d.team_id = k.team_id
                returning d.*
            )
            insert into objective_days (org_id, day, period_id, level, team_id, progress_change, started, on_track,
                                        at_risk, off_track)
            select org_id, day, period_id, level, team_id, sum(progress_change), sum(started), sum(on_track),
                   sum(at_risk), sum(off_track)
            from gone
            group by 1, 2, 3, 4, 5
            having sum(progress_change) <> 0 or sum(started) <> 0 or sum(on_track) <> 0 or sum(at_risk) <> 0
                or sum(off_track) <> 0
            """;

    private final DataSource dataSource;

    public ObjectiveDaysCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(
            every = "${cairn.reports.compaction-interval:10m}",
            delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (SQLException e) {
            Log.warnf(e, "Folding objective_days failed; the next run tries again");
        }
    }

    /** Folds every bucket with more than one row into one; returns how many folded rows it wrote. */
    public int run() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(FOLD);
        }
    }
}
