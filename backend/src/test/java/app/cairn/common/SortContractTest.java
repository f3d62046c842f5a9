package app.cairn.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the contract says about `sort` is what the server does: every value of a list's `sort` enum
 * is accepted (so @SortFields names only fields the query can order by), and a list without `sort`
 * in the contract refuses one with a 400 naming it.
 */
@QuarkusTest
class SortContractTest {

    @Inject
    Fixtures fixtures;

    @Test
    void everyDeclaredSortWorksAndUndeclaredSortsAreRefused() throws Exception {
        TestOrg org = fixtures.org();
        String admin = fixtures.token(org.admin());
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("../openapi.yaml")));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode list = path.getValue().path("get");
            String url = path.getKey().replace("/people/{id}/", "/people/" + org.manager().id + "/");
            if (list.isMissingNode() || url.contains("{")) {
                continue;
            }
            List<String> names = list.path("parameters").findValuesAsText("name");
            if (!names.contains("page")) {
                continue;
            }
            JsonNode sort = null;
            for (JsonNode parameter : list.path("parameters")) {
                if (parameter.path("name").asText().equals("sort")) {
                    sort = parameter.path("schema").path("enum");
                }
            }
            if (sort == null) {
                int status = given().auth()
                        .oauth2(admin)
                        .queryParam("sort", "name")
                        .get(url)
                        .then()
                        .extract()
                        .statusCode();
                if (status != 400) {
                    problems.add(url + " has a fixed order but answered " + status + " to sort=name");
                }
                checked++;
                continue;
            }
            for (JsonNode value : sort) {
                int status = given().auth()
                        .oauth2(admin)
                        .queryParam("sort", value.asText())
                        .get(url)
                        .then()
                        .extract()
                        .statusCode();
                if (status != 200) {
                    problems.add(url + "?sort=" + value.asText() + " answered " + status);
                }
                checked++;
            }
        }
        assertTrue(checked > 40, "too few lists checked: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
