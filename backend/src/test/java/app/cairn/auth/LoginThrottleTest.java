package app.cairn.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Login throttling (test profile: 3 failures a minute and 5 an hour per address and email; 8 a minute
 * per address). Each test speaks from its own addresses through X-Forwarded-For, which the test
 * profile trusts from the loopback proxy. The buckets read the application's clock, which the tests
 * hold still and move.
 */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    TestOrg org;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        // Time stands still unless a test moves it: a slow run must not refill the buckets.
        clock.set(clock.instant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSlowAnAddressAfterRepeatedFailuresForOneEmailWithRetryAfter() {
        String attacker = randomAddress();
        for (int i = 0; i < 3; i++) {
            login(attacker, org.skipLevel().email, "guess-" + i).then().statusCode(401);
        }
        login(attacker, org.skipLevel().email, Fixtures.PASSWORD)
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json");

        clock.advance(Duration.ofSeconds(21)); // one of 3 tokens a minute comes back
        login(attacker, org.skipLevel().email, Fixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldNotLetAStrangerLockTheRealPersonOutFromAnotherAddress() {
        String stranger = randomAddress();
        for (int i = 0; i < 3; i++) {
            login(stranger, org.employee().email, "guess-" + i).then().statusCode(401);
        }
        login(stranger, org.employee().email, "guess-4").then().statusCode(429);

        login(randomAddress(), org.employee().email, Fixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldNotLetOwnSuccessesBuyMoreGuessesAgainstAnotherAccountWithTheSameEmail() {
        // The attack from the report: an account of one's own under the victim's email, then
        // alternating wrong guesses with correct sign-ins of one's own.
        TestOrg mine = fixtures.org();
        String shared = "shared-" + org.org().slug + "@test.example";
        fixtures.addPerson(org.org().id, shared, "Victim", null, false);
        var own = fixtures.addPerson(mine.org().id, shared, "Attacker", null, false);
        fixtures.setPassword(own, "attacker-owns-this-one");
        String attacker = randomAddress();

        int guesses = 0;
        int refused = 0;
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 2; i++) {
                int status = login(attacker, shared, "guess-" + round + "-" + i).statusCode();
                guesses += status == 401 ? 1 : 0;
                refused += status == 429 ? 1 : 0;
            }
            login(attacker, shared, "attacker-owns-this-one");
        }
        assertTrue(guesses <= 3, "only 3 wrong guesses a minute may reach the password check, got " + guesses);
        assertTrue(refused >= 5, "the rest must be refused, refused " + refused);
    }

    @Test
    void shouldSlowOneAddressSprayingManyEmails() {
        String sprayer = randomAddress();
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status = login(sprayer, "nobody-" + i + "-" + org.org().slug + "@test.example", "Password1!")
                    .statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertTrue(refused >= 4, "8 failures a minute per address, then 429; refused " + refused);
        // Another address is not affected.
        login(randomAddress(), org.manager().email, Fixtures.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldBackOffProgressively() {
        String attacker = randomAddress();
        String email = org.peer().email;
        for (int i = 0; i < 3; i++) {
            login(attacker, email, "guess-" + i).then().statusCode(401);
        }
        clock.advance(Duration.ofSeconds(21));
        login(attacker, email, "guess-3").then().statusCode(401);
        clock.advance(Duration.ofSeconds(21));
        login(attacker, email, "guess-4").then().statusCode(401);
        // Five failures used up the hourly limit: the wait is now minutes, not seconds.
        clock.advance(Duration.ofSeconds(21));
        Response refused = login(attacker, email, "guess-5");
        refused.then().statusCode(429);
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertTrue(wait > 60, "after the hourly limit the wait is over a minute, was " + wait + " s");
    }

    @Test
    void shouldCountOneIpv6NetworkAsOneAddress() {
        // One host is usually given a whole /64: fresh addresses from it must not buy more guesses.
        // Proxies write IPv6 plain (nginx) or in brackets (RFC 7239): both count.
        String network = "2001:db8:" + hex() + ":" + hex() + ":";
        login(network + "0:0:0:1", org.manager().email, "guess-1").then().statusCode(401);
        login("[" + network + "0:0:0:2]", org.manager().email, "guess-2").then().statusCode(401);
        login(network + "abcd:0:0:3", org.manager().email, "guess-3").then().statusCode(401);
        login(network + "ff:ff:ff:ff", org.manager().email, Fixtures.PASSWORD)
                .then()
                .statusCode(429);
        // another network is someone else
        login("2001:db8:ffff:" + hex() + "::1", org.manager().email, Fixtures.PASSWORD)
                .then()
                .statusCode(200);
    }

    private static String hex() {
        return Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
    }

    static Response login(String clientAddress, String email, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", clientAddress)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
