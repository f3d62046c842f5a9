package app.cairn.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SignUpDisabledTest.SignUpOff.class)
class SignUpDisabledTest {

    public static class SignUpOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cairn.signup.enabled", "false");
        }
    }

    @Test
    void shouldRefuseSignUpWhenTheOperatorSwitchedItOff() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organizationName", "Closed",
                        "slug", "closed-signup",
                        "adminName", "Cy Closed",
                        "adminEmail", "cy@closed.example",
                        "adminPassword", "closed-pass-1"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("switched off"));
    }
}
