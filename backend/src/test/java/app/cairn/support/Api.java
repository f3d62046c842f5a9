package app.cairn.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small helpers to call the API as someone and build request bodies. */
public final class Api {

    private Api() {}

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A mutable objective body with the required fields. */
    public static Map<String, Object> objective(String title, String level, UUID periodId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("level", level);
        body.put("periodId", periodId.toString());
        return body;
    }

    public static Map<String, Object> keyResult(String title, String kind, Number start, Number target, Number weight) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", kind);
        body.put("startValue", start);
        body.put("targetValue", target);
        body.put("weight", weight);
        return body;
    }

    /** Creates an objective as `token` and returns its id. */
    public static String create(String token, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post("/api/v1/objectives")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Creates and agrees an objective (the approver must be allowed to agree it). */
    public static String createActive(String token, String approverToken, Map<String, Object> body) {
        String id = create(token, body);
        act(approverToken, id, "approve").statusCode(200);
        return id;
    }

    /** The objective's version as `token` reads it (0 when they cannot see it). */
    public static int version(String token, String objectiveId) {
        Integer version = as(token)
                .get("/api/v1/objectives/" + objectiveId)
                .then()
                .extract()
                .path("version");
        return version == null ? 0 : version;
    }

    /** A workflow action (`approve`, `complete`…) on an objective, sent with its current version. */
    public static ValidatableResponse act(String token, String objectiveId, String action) {
        return as(token)
                .body(Map.of("version", version(token, objectiveId)))
                .post("/api/v1/objectives/" + objectiveId + "/" + action)
                .then();
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    public static List<Map<String, Object>> list(Map<String, Object>... items) {
        return List.of(items);
    }
}
