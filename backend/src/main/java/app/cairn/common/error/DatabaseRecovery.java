package app.cairn.common.error;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a request fails because the database is out of reach, the pool's idle connections are most
 * likely dead too (a restart closes them all): have the pool check them now and drop the broken ones
 * (in its own housekeeping thread), at most twice a second, rather than let the next requests find
 * them one by one. New connections are then opened as soon as the database takes them.
 */
@ApplicationScoped
public class DatabaseRecovery {

    private static final long MIN_INTERVAL_NANOS = 500_000_000L;

    private final AgroalDataSource dataSource;
    private final AtomicLong lastFlush = new AtomicLong(System.nanoTime() - MIN_INTERVAL_NANOS);

    public DatabaseRecovery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A request found the database out of reach. */
    public void unavailable() {
        long now = System.nanoTime();
        long last = lastFlush.get();
        if (now - last >= MIN_INTERVAL_NANOS && lastFlush.compareAndSet(last, now)) {
            dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        }
    }
}
