package app.cairn.sessions;

import static app.cairn.support.Api.as;

import app.cairn.support.TestClock;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and calls the session tests (and the notification tests) share. */
public final class SessionApi {

    static final String SESSIONS = "/api/v1/sessions";

    private SessionApi() {}

    /** Tomorrow at 09:00 UTC plus `days`. */
    static Instant future(int days) {
        return Instant.now()
                .truncatedTo(ChronoUnit.DAYS)
                .plus(days + 1L, ChronoUnit.DAYS)
                .plus(9, ChronoUnit.HOURS);
    }

    /** A 1:1 of 30 minutes between `me` and `other` at `start`. */
    public static Map<String, Object> body(UUID me, UUID other, Instant start, String recurrence) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ONE_TO_ONE");
        body.put("participantIds", List.of(me.toString(), other.toString()));
        body.put("startsAt", start.toString());
        body.put("durationMinutes", 30);
        body.put("recurrence", recurrence);
        return body;
    }

    static JsonPath schedule(String token, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post(SESSIONS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static String scheduleId(String token, UUID me, UUID other, Instant start, String recurrence) {
        return schedule(token, body(me, other, start, recurrence)).getString("id");
    }

    static JsonPath get(String token, String id) {
        return as(token)
                .get(SESSIONS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static String addAgenda(String token, String sessionId, String title) {
        return as(token)
                .body(Map.of("title", title))
                .post(SESSIONS + "/" + sessionId + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Completes a session as a participant would: once it has started. A session still ahead is
     * completed with the test clock at its start (the clock goes back afterwards).
     */
    static JsonPath complete(String token, String id) {
        JsonPath session = get(token, id);
        int version = session.getInt("version");
        Instant startsAt = Instant.parse(session.getString("startsAt"));
        TestClock clock = Arc.container().instance(TestClock.class).get();
        Instant now = clock.instant().isBefore(startsAt) ? startsAt.plusSeconds(60) : clock.instant();
        return clock.at(
                now,
                () -> as(token)
                        .body(Map.of("version", version))
                        .post(SESSIONS + "/" + id + "/complete")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath());
    }
}
