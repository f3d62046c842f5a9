package app.cairn.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Security headers on every browser-facing answer; caching that lets a deploy reach browsers at once. */
@QuarkusTest
class BrowserHeadersTest {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSET = Pattern.compile("\"(/assets/[^\"]+\\.js)\"");

    @Test
    void shouldServeTheSpaWithAStrictPolicyAndNoCache() {
        for (String path : List.of("/", "/objectives/123", "/login", "/reset-password")) {
            Response response = given().accept("text/html").get(path);
            String csp = response.header("Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self';"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertFalse(csp.contains("unsafe-eval"), csp);
            response.then()
                    .header("Cache-Control", equalTo("no-cache"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Permissions-Policy", containsString("camera=()"))
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void shouldBuildAnIndexWithoutInlineScriptAndCacheOnlyHashedAssetsForever() {
        Response index = given().accept("text/html").get("/");
        if (index.statusCode() == 404) {
            return; // the SPA is not built into this test run (backend alone); make test builds it first
        }
        String html = index.asString();
        Matcher script = SCRIPT_TAG.matcher(html);
        while (script.find()) {
            assertTrue(script.group(1).contains("src="), "index.html has an inline script: " + script.group());
        }
        assertFalse(html.contains(" style=\""), "index.html has an inline style attribute");
        Matcher asset = ASSET.matcher(html);
        assertTrue(asset.find(), "index.html loads no hashed script from /assets/");
        given().get(asset.group(1))
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void shouldGiveSwaggerUiItsOwnPolicy() {
        Response ui = given().get("/q/swagger-ui/");
        ui.then().statusCode(200).header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        assertTrue(ui.header("Content-Security-Policy").contains("script-src 'self' 'unsafe-inline'"));
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void shouldMarkApiAnswersNosniffAndAllowNothingToRun() {
        given().get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void shouldKeepHealthOnTheAppPortForScriptsAndLoadBalancers() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
