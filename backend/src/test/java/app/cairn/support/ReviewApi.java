package app.cairn.support;

import static app.cairn.support.Api.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds review templates and cycles through the API. The standard template has one section with:
 * a required rating for SELF and MANAGER (weight 2), an optional text for SELF/MANAGER, a required
 * objectives question for MANAGER (weight 1), a required peer rating and an optional peer comment.
 */
public final class ReviewApi {

    private ReviewApi() {}

    public static final List<Map<String, Object>> SCALE = List.of(
            Map.of("value", 1, "label", "Needs improvement"),
            Map.of("value", 2, "label", "Developing"),
            Map.of("value", 3, "label", "Meets expectations"),
            Map.of("value", 4, "label", "Exceeds expectations"),
            Map.of("value", 5, "label", "Outstanding"));

    public static Map<String, Object> question(
            String kind, String text, List<String> roles, boolean required, Number weight) {
        Map<String, Object> q = new HashMap<>();
        q.put("kind", kind);
        q.put("text", text);
        q.put("roles", roles);
        q.put("required", required);
        if (weight != null) {
            q.put("weight", weight);
        }
        return q;
    }

    public static Map<String, Object> templateBody(String name) {
        Map<String, Object> section = new HashMap<>();
        section.put("title", "Performance");
        section.put(
                "questions",
                List.of(
                        question("RATING", "Delivery", List.of("SELF", "MANAGER"), true, 2),
                        question("TEXT", "Highlights", List.of("SELF", "MANAGER"), false, null),
                        question("OBJECTIVES", "Objectives", List.of("MANAGER"), true, 1),
                        question("RATING", "Collaboration", List.of("PEER"), true, 1),
                        question("TEXT", "Advice", List.of("PEER"), false, null)));
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("scale", SCALE);
        body.put("sections", List.of(section));
        return body;
    }

    /** Creates the standard template and returns its JSON as a map (ids of the questions included). */
    public static Map<String, Object> createTemplate(String admin) {
        return as(admin)
                .body(templateBody("Standard " + UUID.randomUUID()))
                .post("/api/v1/review-templates")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
    }

    @SuppressWarnings("unchecked")
    public static String questionId(Map<String, Object> template, String text) {
        for (Map<String, Object> section : (List<Map<String, Object>>) template.get("sections")) {
            for (Map<String, Object> q : (List<Map<String, Object>>) section.get("questions")) {
                if (text.equals(q.get("text"))) {
                    return (String) q.get("id");
                }
            }
        }
        throw new IllegalArgumentException(text);
    }

    /** A cycle body with deadlines days from now: self +2, nominations +1, peers +3, manager +5, sign-off +7. */
    public static Map<String, Object> cycleBody(
            String kind, Object templateId, UUID periodId, List<UUID> participants, Instant now) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", kind + " cycle " + UUID.randomUUID().toString().substring(0, 6));
        body.put("kind", kind);
        body.put("templateId", templateId.toString());
        body.put("periodId", periodId.toString());
        body.put("participantScope", "LIST");
        List<String> ids = new ArrayList<>();
        participants.forEach(p -> ids.add(p.toString()));
        body.put("participantIds", ids);
        body.put("selfReviewDue", now.plus(2, ChronoUnit.DAYS).toString());
        body.put("managerReviewDue", now.plus(5, ChronoUnit.DAYS).toString());
        body.put("signOffDue", now.plus(7, ChronoUnit.DAYS).toString());
        if ("THREE_SIXTY".equals(kind)) {
            body.put("nominationsDue", now.plus(1, ChronoUnit.DAYS).toString());
            body.put("peerAnswersDue", now.plus(3, ChronoUnit.DAYS).toString());
            body.put("minPeers", 2);
            body.put("maxPeers", 4);
        }
        return body;
    }

    /** Creates and launches a cycle; returns its id. */
    public static String launch(String admin, Map<String, Object> body) {
        String id = as(admin)
                .body(body)
                .post("/api/v1/review-cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(admin)
                .body(Map.of("version", 0))
                .post("/api/v1/review-cycles/" + id + "/launch")
                .then()
                .statusCode(200);
        return id;
    }

    /** The review of `reviewee` in `cycle`, as the admin lists it. */
    public static String reviewOf(String admin, String cycleId, UUID reviewee) {
        List<Map<String, Object>> items = as(admin)
                .queryParam("scope", "all")
                .queryParam("cycleId", cycleId)
                .queryParam("size", 200)
                .get("/api/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(i -> reviewee.toString().equals(((Map<?, ?>) i.get("reviewee")).get("id")))
                .map(i -> (String) i.get("id"))
                .findFirst()
                .orElseThrow();
    }

    public static int version(String token, String reviewId) {
        return as(token)
                .get("/api/v1/reviews/" + reviewId)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
    }

    public static int answersVersion(String token, String reviewId, String role) {
        return as(token)
                .get("/api/v1/reviews/" + reviewId + "/responses/" + role)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
    }

    public static Map<String, Object> rating(String questionId, int value) {
        return Map.of("questionId", questionId, "rating", value);
    }

    public static Map<String, Object> text(String questionId, String value) {
        return Map.of("questionId", questionId, "text", value);
    }

    public static Map<String, Object> objectives(String questionId, List<Map<String, Object>> ratings) {
        return Map.of("questionId", questionId, "objectiveRatings", ratings);
    }

    /** Saves answers (a new draft or the next version) and submits them. */
    public static void answerAndSubmit(String token, String reviewId, String role, List<Map<String, Object>> answers) {
        int version = answersVersion(token, reviewId, role);
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        body.put("version", version);
        int saved = as(token)
                .body(body)
                .put("/api/v1/reviews/" + reviewId + "/responses/" + role)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        as(token)
                .body(Map.of("version", saved))
                .post("/api/v1/reviews/" + reviewId + "/responses/" + role + "/submit")
                .then()
                .statusCode(200);
    }
}
