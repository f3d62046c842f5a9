package app.cairn.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed contract is what the code serves, and every operation is fully documented. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("../openapi.yaml");
    private static final Set<String> PUBLIC_OPERATIONS = Set.of(
            "login",
            "signUp",
            "getCalendarIcs",
            // the refresh cookie or an e-mailed link is the credential of these
            "refreshSession",
            "logout",
            "requestPasswordReset",
            "setPassword",
            "verifyEmail",
            "resendVerification",
            "inspectLink",
            "unsubscribeNotificationMail");

    @Test
    void shouldMatchTheCommittedOpenApiYaml() throws Exception {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode servedTree = yaml.readTree(served);
        JsonNode committedTree = yaml.readTree(Files.readString(COMMITTED));
        assertEquals(
                committedTree,
                servedTree,
                "openapi.yaml at the repository root is out of date: run `make openapi` and commit it"
                        + " (with the regenerated frontend client)");
    }

    @Test
    void shouldDocumentEveryOperation() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(COMMITTED));
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode operation = op.getValue();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                String operationId = operation.path("operationId").asText("");
                if (operationId.isEmpty()) {
                    problems.add(name + ": no operationId");
                }
                if (operation.path("summary").asText("").isEmpty()) {
                    problems.add(name + ": no summary");
                }
                if (operation.path("tags").isEmpty()) {
                    problems.add(name + ": no tag");
                }
                boolean secured = !operation.path("security").isEmpty();
                if (!secured && !PUBLIC_OPERATIONS.contains(operationId)) {
                    problems.add(name + ": no security requirement");
                }
                JsonNode responses = operation.path("responses");
                if (!responses.has("500")) {
                    problems.add(name + ": no 500 response");
                }
                if (secured && !responses.has("401")) {
                    problems.add(name + ": no 401 response");
                }
                if (path.getKey().contains("{") && !responses.has("404")) {
                    problems.add(name + ": no 404 response");
                }
            }
        }
        assertTrue(problems.isEmpty(), "Undocumented: " + problems);
    }
}
