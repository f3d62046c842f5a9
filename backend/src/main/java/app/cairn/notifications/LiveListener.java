package app.cairn.notifications;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL channel {@value LiveEvents#CHANNEL} and hands each notice to {@link
 * LiveHub}: an event committed on any instance reaches the streams open on this one (no broker
 * besides PostgreSQL).
 *
 * <p>It holds a connection of its own, outside the request pool (a LISTEN session is never returned,
 * so it would take a pool slot for good, and the pool's validation must not recycle it). When that
 * connection drops (a database restart), it reconnects at once and then backs off from 100 ms to
 * 1 s, so it is listening again within about a second of the database's return; it then
 * tells every open stream to resync (refetch), as notices sent while it was away are lost, and
 * forgets the events it kept for replay (a replay across the gap would be incomplete). A connection that
 * went silent (no notice, no error) is found by a round trip every {@value #CHECK_MILLIS} ms.
 */
@ApplicationScoped
public class LiveListener {

    static final long CHECK_MILLIS = 10_000;
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 1_000;

    private final LiveHub hub;
    private final Clock clock;
    private final String url;
    private final Properties credentials = new Properties();
    private volatile boolean running;
    private volatile Connection current;
    private Thread thread;

    public LiveListener(
            LiveHub hub,
            Clock clock,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.hub = hub;
        this.clock = clock;
        this.url = url;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password.orElse(""));
        credentials.setProperty("connectTimeout", "5");
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("ApplicationName", "cairn-live-listener");
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        Connection connection = current;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // shutting down
            }
        }
    }

    private void listen() {
        long backoff = 0;
        boolean lost = false;
        while (running) {
            try (Connection connection = new org.postgresql.Driver().connect(url, credentials)) {
                current = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + LiveEvents.CHANNEL);
                }
                if (lost) {
                    Log.infof("Live listener listening again");
                    hub.lost();
                }
                backoff = 0;
                lost = false;
                receive(connection);
            } catch (Exception e) {
                if (running) {
                    if (!lost) {
                        Log.warnf("Live listener lost its connection (%s); reconnecting", e.getMessage());
                    }
                    lost = true;
                    sleep(backoff);
                    backoff = backoff == 0 ? FIRST_BACKOFF_MILLIS : Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
                }
            } finally {
                current = null;
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notices = pg.getNotifications(1000);
            if (notices != null && notices.length > 0) {
                for (PGNotification notice : notices) {
                    dispatch(notice.getParameter());
                }
            } else if ((System.nanoTime() - lastCheck) / 1_000_000 >= CHECK_MILLIS) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void dispatch(String payload) {
        LiveEvent.parse(payload, clock.instant())
                .ifPresentOrElse(hub::receive, () -> Log.debugf("Ignoring a live notice: %s", payload));
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
