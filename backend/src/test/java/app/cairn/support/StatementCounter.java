package app.cairn.support;

import static app.cairn.support.Api.as;

import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements one GET runs (Hibernate's statistics, on in the test profile), the
 * caller's authentication included. The statistics are global, so background work must not run
 * meanwhile: the scheduled jobs (outbox poll, reminders, digests) are paused while counting, and
 * what the outbox still has to deliver (launch mails, notifications) is delivered first. The
 * request runs once to warm up, then is counted three times; any noise left only ever adds, so
 * the least reading is the request's own.
 */
@ApplicationScoped
public class StatementCounter {

    private final EntityManagerFactory factory;
    private final Outbox outbox;
    private final Scheduler scheduler;

    public StatementCounter(EntityManagerFactory factory, Outbox outbox, Scheduler scheduler) {
        this.factory = factory;
        this.outbox = outbox;
        this.scheduler = scheduler;
    }

    public long statements(String token, String path) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        scheduler.pause();
        try {
            outbox.drain();
            as(token).get(path).then().statusCode(200);
            long least = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                statistics.clear();
                as(token).get(path).then().statusCode(200);
                least = Math.min(least, statistics.getPrepareStatementCount());
            }
            return least;
        } finally {
            scheduler.resume();
        }
    }
}
