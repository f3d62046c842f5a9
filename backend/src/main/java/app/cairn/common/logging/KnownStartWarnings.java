package app.cairn.common.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops Flyway's warning that out-of-order migrations are allowed: it is a deliberate setting
 * (features land from parallel branches with their own version ranges, see application.properties)
 * and would otherwise greet every start. Everything else, Flyway's other messages included, passes.
 */
@LoggingFilter(name = "known-start-warnings")
public final class KnownStartWarnings implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return !("org.flywaydb.core.internal.command.DbMigrate".equals(record.getLoggerName())
                && message != null
                && message.startsWith("outOfOrder mode is active"));
    }
}
