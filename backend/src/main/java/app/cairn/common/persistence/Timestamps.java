package app.cairn.common.persistence;

import io.quarkus.arc.Arc;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;

/**
 * The entity listener that stamps `created_at` and `updated_at` from the application's {@link Clock}
 * (looked up in CDI), so that rows written while a test moves time carry that time.
 */
public class Timestamps {

    /** An entity with creation and change times. */
    public interface Stamped {
        void stampCreated(Instant now);

        void stampUpdated(Instant now);
    }

    @PrePersist
    void created(Object entity) {
        ((Stamped) entity).stampCreated(now());
    }

    @PreUpdate
    void updated(Object entity) {
        ((Stamped) entity).stampUpdated(now());
    }

    private static Instant now() {
        return Arc.container().instance(Clock.class).get().instant();
    }
}
