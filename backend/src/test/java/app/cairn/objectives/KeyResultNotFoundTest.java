package app.cairn.objectives;

import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.cairn.support.Api;
import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A key result of a hidden objective answers exactly like one that never existed. */
@QuarkusTest
class KeyResultNotFoundTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldAnswerTheSame404ForAHiddenObjectivesKeyResultAndARandomId() {
        TestOrg org = fixtures.org();
        String manager = fixtures.token(org.manager());
        String peer = fixtures.token(org.peer());
        String hidden = Api.create(
                manager,
                Api.with(Api.objective("Private plan", "INDIVIDUAL", org.period().id), "visibility", "PRIVATE"));
        String keyResult = as(manager)
                .body(Api.keyResult("Secret number", "NUMBER", 0, 10, 1))
                .post("/api/v1/objectives/" + hidden + "/key-results")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String random = UUID.randomUUID().toString();
        Map<String, Object> change = Api.keyResult("Renamed", "NUMBER", 0, 10, 1);

        for (String method : new String[] {"PUT", "DELETE"}) {
            Response real = send(peer, method, keyResult, change);
            Response made = send(peer, method, random, change);
            assertEquals(404, real.statusCode(), method);
            assertEquals(404, made.statusCode(), method);
            assertFalse(real.asString().contains(hidden), "the hidden objective's id leaks: " + real.asString());
            assertEquals(
                    made.<String>path("detail").replace(random, "ID"),
                    real.<String>path("detail").replace(keyResult, "ID"),
                    method);
        }
    }

    private static Response send(String token, String method, String id, Map<String, Object> body) {
        var request = as(token);
        if (method.equals("PUT")) {
            request.body(body);
        }
        return request.request(method, "/api/v1/key-results/" + id);
    }
}
