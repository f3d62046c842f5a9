package app.cairn.support;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the real time unless a test moves it. A test that calls
 * {@link #set} or {@link #advance} must call {@link #reset} afterwards (e.g. in @AfterEach).
 */
@Mock
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        fixed = instant;
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    /** Runs `call` as if it were `instant`, then goes back to the time before. */
    public <T> T at(Instant instant, java.util.function.Supplier<T> call) {
        Instant before = fixed;
        fixed = instant;
        try {
            return call.get();
        } finally {
            fixed = before;
        }
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
