package app.cairn.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment as shipped: no proxy trusted (X-Forwarded-For is ignored, so a client cannot pick the
 * address it is throttled under) and HSTS switched on for TLS.
 */
@QuarkusTest
@TestProfile(HardenedDeploymentTest.Shipped.class)
class HardenedDeploymentTest {

    public static class Shipped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "false",
                    "cairn.headers.hsts", "true",
                    "cairn.login.limits-per-account", "2/PT1H",
                    "cairn.login.limits-per-address", "50/PT1H");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void shouldIgnoreXForwardedForWithoutATrustedProxy() {
        TestOrg org = fixtures.org();
        for (int i = 0; i < 2; i++) {
            login("203.0.113." + (10 + i), org.peer().email, "guess-" + i)
                    .then()
                    .statusCode(401);
        }
        // A new forged address each time changes nothing: the connection's address is counted.
        login("203.0.113.99", org.peer().email, Fixtures.PASSWORD).then().statusCode(429);
    }

    @Test
    void shouldSendHstsWhenConfiguredForTls() {
        given().get("/").then().header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
    }

    private static io.restassured.response.Response login(String forwardedFor, String email, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", forwardedFor)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }
}
