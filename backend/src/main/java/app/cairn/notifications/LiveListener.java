package app.cairn.notifications;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL channel {@value LiveEvents#CHANNEL} with one connection of its own and hands
 * each notice to {@link LiveHub}: an event committed on any instance reaches the streams open on
 * this one (no broker besides PostgreSQL). Reconnects when the connection drops.
 */
@ApplicationScoped
public class LiveListener {

    private final AgroalDataSource dataSource;
    private final LiveHub hub;
    private volatile boolean running;
    private Thread thread;

    public LiveListener(AgroalDataSource dataSource, LiveHub hub) {
        this.dataSource = dataSource;
        this.hub = hub;
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
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + LiveEvents.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(1000);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            dispatch(notice.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                if (running) {
                    Log.warnf("Live listener lost its connection (%s); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
    }

    /** `orgId|personId|topic` */
    private void dispatch(String payload) {
        String[] parts = payload.split("\\|");
        if (parts.length == 3) {
            try {
                hub.publish(UUID.fromString(parts[1]), parts[2]);
            } catch (IllegalArgumentException e) {
                Log.debugf("Ignoring a live notice: %s", payload);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
