package app.cairn.support;

import static org.junit.jupiter.api.Assertions.fail;

import app.cairn.common.outbox.OutboxDispatcher;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Waits until the outbox has delivered what was published (its after-commit dispatch is asynchronous). */
@ApplicationScoped
public class Outbox {

    private final OutboxDispatcher dispatcher;
    private final AgroalDataSource dataSource;

    public Outbox(OutboxDispatcher dispatcher, AgroalDataSource dataSource) {
        this.dispatcher = dispatcher;
        this.dataSource = dataSource;
    }

    /** Dispatches until no delivery of the application's consumers is pending (test consumers excluded). */
    public void drain() {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            dispatcher.dispatchDue();
            if (pending() == 0) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                fail("The outbox still has " + pending() + " pending deliveries");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long pending() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from outbox_deliveries"
                        + " where delivered_at is null and failed_at is null and consumer not like 'test-%'")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
