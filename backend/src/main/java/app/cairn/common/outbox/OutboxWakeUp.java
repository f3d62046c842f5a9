package app.cairn.common.outbox;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the dispatcher on this instance right after a transaction that published events commits, so
 * delivery does not wait for the next poll. Wake-ups that arrive while a run is pending coalesce.
 */
@ApplicationScoped
public class OutboxWakeUp {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Instance<OutboxDispatcher> dispatcher;

    public OutboxWakeUp(Instance<OutboxDispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    public void wake() {
        if (pending.compareAndSet(false, true)) {
            executor.execute(() -> {
                pending.set(false);
                try {
                    dispatcher.get().dispatchDue();
                } catch (RuntimeException e) {
                    Log.warnf(e, "Outbox dispatch after commit failed; the poll retries");
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
