package app.cairn.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Cairn's own settings (prefix `cairn`), each fed by a CAIRN_* environment variable. */
@ConfigMapping(prefix = "cairn")
public interface CairnConfig {

    /** Where a local run keeps what it generates (JWT keys). */
    @WithName("data-dir")
    String dataDir();

    Jwt jwt();

    Login login();

    Signup signup();

    @WithName("demo-data")
    DemoData demoData();

    interface Jwt {
        String issuer();

        Duration lifetime();

        @WithName("private-key-location")
        String privateKeyLocation();

        @WithName("public-key-location")
        String publicKeyLocation();
    }

    interface Login {
        /** Failed logins for one email before it is refused for {@link #lockout()}. */
        @WithName("max-failures")
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT5M")
        Duration lockout();
    }

    interface Signup {
        @WithDefault("true")
        boolean enabled();
    }

    interface DemoData {
        @WithDefault("true")
        boolean enabled();
    }
}
