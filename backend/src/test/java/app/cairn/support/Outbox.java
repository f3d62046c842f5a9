package app.cairn.support;

import static org.junit.jupiter.api.Assertions.fail;

import app.cairn.common.outbox.OutboxDispatcher;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

/**
 * Waits until the outbox has delivered what was published (its after-commit dispatch is
 * asynchronous). Only deliveries that can come due while it waits count, by the application's
 * clock: one published while an earlier test had moved the clock days ahead is not this test's to
 * wait for (it would only be due in days), while a failed attempt retried within the wait is.
 */
@ApplicationScoped
public class Outbox {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int MAX_RETRIES = 3;

    private final OutboxDispatcher dispatcher;
    private final AgroalDataSource dataSource;
    private final Clock clock;

    public Outbox(OutboxDispatcher dispatcher, AgroalDataSource dataSource, Clock clock) {
        this.dispatcher = dispatcher;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Dispatches until no delivery of the application's consumers is pending (test consumers excluded). */
    public void drain() {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        int retries = 0;
        while (true) {
            dispatcher.dispatchDue();
            if (pending() == 0) {
                return;
            }
            if (retries < MAX_RETRIES && retryFailedNow() > 0) {
                retries++;
                continue;
            }
            if (System.currentTimeMillis() > deadline) {
                fail("The outbox still has " + pending() + " pending deliveries: " + describePending());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Consumer, attempts, next attempt and last error of each pending delivery, for the failure message. */
    private String describePending() {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select d.consumer, e.type, d.attempts, d.next_attempt_at, d.last_error"
                        + " from outbox_deliveries d join outbox_events e on e.id = d.event_id"
                        + " where d.delivered_at is null and d.failed_at is null and d.consumer not like 'test-%'"
                        + " and d.next_attempt_at <= " + horizon())) {
            while (r.next()) {
                out.append(String.format(
                        "%n  %s for %s: %d attempts, next at %s, last error %s",
                        r.getString(1), r.getString(2), r.getInt(3), r.getObject(4), r.getString(5)));
            }
            return out.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A failed attempt waits for its back-off by the application's clock, which a test may have
     * stopped: as time passing would, make such deliveries due now (a few times per drain, so a
     * consumer that keeps failing still fails the test, with its error). Returns how many.
     */
    private int retryFailedNow() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            String now = "timestamptz '" + clock.instant() + "'";
            int retried = s.executeUpdate("update outbox_deliveries set next_attempt_at = " + now
                    + " where delivered_at is null and failed_at is null and consumer not like 'test-%'"
                    + " and last_error is not null and claim is null and next_attempt_at > " + now
                    + " and next_attempt_at <= " + horizon());
            if (retried > 0) {
                System.err.println(
                        "Outbox (test): retrying " + retried + " failed deliveries now:" + describePending());
            }
            return retried;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest next attempt that can come due while the drain waits, as an SQL literal. */
    private String horizon() {
        return "timestamptz '" + clock.instant().plus(WAIT) + "'";
    }

    private long pending() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from outbox_deliveries"
                        + " where delivered_at is null and failed_at is null and consumer not like 'test-%'"
                        + " and next_attempt_at <= " + horizon())) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
