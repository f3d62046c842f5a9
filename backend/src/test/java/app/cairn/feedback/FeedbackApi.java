package app.cairn.feedback;

import static app.cairn.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds feedback bodies and gives feedback through the API. */
final class FeedbackApi {

    static final String FEEDBACK = "/api/v1/feedback";
    static final String PRAISE = "/api/v1/praise";
    static final String REQUESTS = "/api/v1/feedback-requests";

    private FeedbackApi() {}

    static Map<String, Object> feedback(UUID recipient, String body, String visibility) {
        Map<String, Object> map = new HashMap<>();
        map.put("recipientId", recipient.toString());
        map.put("body", body);
        map.put("visibility", visibility);
        return map;
    }

    /** Gives feedback as `token` and returns its id. */
    static String give(String token, UUID recipient, String body, String visibility) {
        return as(token)
                .body(feedback(recipient, body, visibility))
                .post(FEEDBACK)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String praise(String token, UUID recipient, String body, List<String> valueIds) {
        Map<String, Object> map = new HashMap<>();
        map.put("recipientId", recipient.toString());
        map.put("body", body);
        map.put("valueIds", valueIds);
        return as(token).body(map).post(PRAISE).then().statusCode(201).extract().path("id");
    }

    /** Schedules a 1:1 between `me` and `other` tomorrow, as `token`; returns its id. */
    static String oneToOne(String token, UUID me, UUID other) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ONE_TO_ONE");
        body.put("participantIds", List.of(me.toString(), other.toString()));
        body.put(
                "startsAt",
                java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString());
        body.put("durationMinutes", 30);
        body.put("recurrence", "NONE");
        return as(token)
                .body(body)
                .post("/api/v1/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String value(String admin, String name) {
        return as(admin)
                .body(Map.of("name", name))
                .post("/api/v1/company-values")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Sets the organization's feedback settings as an admin. */
    static void settings(String admin, boolean allowPrivate, boolean allowManagers, boolean publicPraise) {
        int version =
                as(admin).get("/api/v1/feedback-settings").then().extract().path("version");
        as(admin)
                .body(Map.of(
                        "allowPrivate", allowPrivate,
                        "allowManagers", allowManagers,
                        "publicPraise", publicPraise,
                        "version", version))
                .put("/api/v1/feedback-settings")
                .then()
                .statusCode(200);
    }
}
