package app.cairn.integrations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "cairn.integrations.rate-limits.enabled", "true",
                    "cairn.integrations.rate-limits.per-caller", "3/PT1M",
                    "cairn.integrations.rate-limits.per-address", "6/PT1M");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void shouldCountCallsPerTokenAndAnswer429WithRetryAfter() {
        TestOrg org = fixtures.org();
        String secret = ApiTokenTest.secret(fixtures.token(org.employee()), "objectives:read");
        for (int i = 2; i >= 0; i--) {
            given().auth()
                    .oauth2(secret)
                    .header("X-Forwarded-For", "192.0.2.10")
                    .get("/api/v1/objectives")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Policy", "\"caller\";q=3;w=60, \"address\";q=6;w=60")
                    .header("RateLimit", startsWith("\"caller\";r=" + i + ";"));
        }
        given().auth()
                .oauth2(secret)
                .header("X-Forwarded-For", "192.0.2.10")
                .get("/api/v1/objectives")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit", startsWith("\"caller\";r=0;"))
                .body("status", equalTo(429));
        // another caller from another address is not affected
        String other = ApiTokenTest.secret(fixtures.token(org.peer()), "objectives:read");
        given().auth()
                .oauth2(other)
                .header("X-Forwarded-For", "192.0.2.11")
                .get("/api/v1/objectives")
                .then()
                .statusCode(200);
    }
}
