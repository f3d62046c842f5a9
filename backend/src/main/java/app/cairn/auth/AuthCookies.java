package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The refresh-token cookie: HttpOnly (scripts never read it), Secure, SameSite=Strict (never sent
 * from another site), and scoped to the auth endpoints that use it, so other requests don't carry it.
 * Browsers treat http://localhost as secure, so a local run works over plain HTTP.
 */
@ApplicationScoped
public class AuthCookies {

    public static final String NAME = "cairn_refresh";
    public static final String PATH = "/api/v1/auth";

    private final CairnConfig config;
    private final Clock clock;

    public AuthCookies(CairnConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public NewCookie refresh(String token, Instant expiresAt) {
        long seconds = Math.max(0, Duration.between(clock.instant(), expiresAt).toSeconds());
        return builder(token)
                .maxAge((int) Math.min(Integer.MAX_VALUE, seconds))
                .expiry(Date.from(expiresAt))
                .build();
    }

    public NewCookie cleared() {
        return builder("").maxAge(0).expiry(Date.from(Instant.EPOCH)).build();
    }

    private NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path(PATH)
                .httpOnly(true)
                .secure(config.session().secureCookie())
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
