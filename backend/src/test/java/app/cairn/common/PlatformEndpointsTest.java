package app.cairn.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Health, metrics, Swagger UI, and the SPA's deep links on the one origin. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void shouldReportReadinessIncludingTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    // relative to the management root, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void shouldExposePrometheusMetricsOnTheManagementPortOnly() {
        given().get(managementMetrics).then().statusCode(200).body(containsString("# TYPE"));
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void shouldServeTheSpaForDeepLinks() {
        Response root = given().accept("text/html").get("/");
        Response deep = given().accept("text/html").get("/objectives/123");
        Response nested = given().accept("text/html").get("/people/6a1f0c2e-0000-4000-8000-000000000000");
        assertEquals(root.statusCode(), deep.statusCode());
        assertEquals(root.asString(), deep.asString());
        assertEquals(root.asString(), nested.asString());
    }
}
