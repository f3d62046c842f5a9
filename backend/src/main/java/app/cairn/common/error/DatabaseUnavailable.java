package app.cairn.common.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (restarting, down, refusing or dropping
 * connections, the pool timing out) from a bug. Such a request is answered 503 with Retry-After, and
 * the client retries; the pool replaces the broken connections by itself once the database is back.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying. */
    static final int RETRY_AFTER_SECONDS = 2;

    /**
     * PostgreSQL's SQLSTATEs of a database going away or not taking connections: admin shutdown (a
     * restart), crash shutdown, cannot connect now (starting up), too many connections.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {}

    static boolean causes(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // class 08: connection exceptions (refused, broken, lost while sending or reading)
                if (state.startsWith("08") || STATES.contains(state)) {
                    return true;
                }
            }
            String message = t.getMessage();
            if (message != null
                    && (message.contains("Unable to acquire JDBC Connection")
                            || message.contains("Acquisition timeout")
                            || message.contains("not currently accepting connections"))) {
                return true;
            }
        }
        return false;
    }
}
