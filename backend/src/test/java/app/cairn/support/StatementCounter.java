package app.cairn.support;

import static app.cairn.support.Api.as;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements one GET runs (Hibernate's statistics, on in the test profile), the
 * caller's authentication included. The request runs once to warm up, then is counted three
 * times: the statistics are global and background work (the outbox dispatcher's poll) can add to
 * them while a request runs; such noise only ever adds, so the least reading is the request's own.
 * What the outbox still has to deliver (launch mails, notifications) is delivered first.
 */
@ApplicationScoped
public class StatementCounter {

    private final EntityManagerFactory factory;
    private final Outbox outbox;

    public StatementCounter(EntityManagerFactory factory, Outbox outbox) {
        this.factory = factory;
        this.outbox = outbox;
    }

    public long statements(String token, String path) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        outbox.drain();
        as(token).get(path).then().statusCode(200);
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            as(token).get(path).then().statusCode(200);
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }
}
