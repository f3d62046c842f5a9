package app.cairn.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.cairn.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every failure is problem+json, never a stack trace, class name or SQL. */
@QuarkusTest
class ErrorHandlingTest {

    @Inject
    Fixtures fixtures;

    String admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.token(fixtures.org().admin());
    }

    @Test
    void shouldAnswerMalformedJsonWith400Problem() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldRefuseABodyFieldTheContractDoesNotKnowNamingIt() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Platform\", \"colour\": \"teal\"}")
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("is not a known field"));
        // nothing was written
        given().auth()
                .oauth2(admin)
                .queryParam("q", "Platform")
                .get("/api/v1/teams")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void shouldNameAFieldOfTheWrongType() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Q\",\"startDate\":\"yesterday\",\"endDate\":\"2026-01-01\"}")
                .post("/api/v1/periods")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startDate"))
                .body(not(containsString("java.")));
    }

    @Test
    void shouldNameAnUnknownEnumValue() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"email\":\"x@test.example\",\"name\":\"X\",\"password\":\"12345678\",\"roles\":[\"OWNER\"]}")
                .post("/api/v1/people")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("roles[0]"))
                .body("errors[0].message", containsString("ADMIN"));
    }

    @Test
    void shouldAnswerUnknownApiRoutesWith404Problem() {
        given().auth()
                .oauth2(admin)
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAWrongMethodWith405Problem() {
        given().auth()
                .oauth2(admin)
                .delete("/api/v1/people")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAWrongMediaTypeWith415Problem() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.TEXT)
                .body("hello")
                .post("/api/v1/teams")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAMissingBodyWith400() {
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectAnOversizedPage() {
        given().auth()
                .oauth2(admin)
                .queryParam("size", 201)
                .get("/api/v1/people")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth()
                .oauth2(admin)
                .queryParam("sort", "password")
                .get("/api/v1/people")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }
}
