package app.cairn.integrations.webhooks;

import app.cairn.common.outbox.EventTypes;
import app.cairn.common.outbox.OutboxEvent;
import app.cairn.common.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the `data` of a webhook message from a domain event, reading the subject as it is now. What
 * goes out is what an admin service account may read (docs/webhooks.md, catalogue.json): never 1:1
 * agendas or notes, never review answers, ratings or who rated whom, never the text of private
 * feedback, and no title or comment of a PRIVATE objective.
 */
@ApplicationScoped
public class WebhookPayloads {

    /** The domain events webhooks are made from. */
    public static final Set<String> SOURCE_TYPES = Set.of(
            EventTypes.OBJECTIVE_CREATED,
            EventTypes.OBJECTIVE_UPDATED,
            EventTypes.OBJECTIVE_STATUS_CHANGED,
            EventTypes.OBJECTIVE_CHECKED_IN,
            EventTypes.KEY_RESULT_CHECKED_IN,
            EventTypes.SESSION_SCHEDULED,
            EventTypes.SESSION_COMPLETED,
            EventTypes.SESSION_CANCELLED,
            EventTypes.REVIEW_CYCLE_LAUNCHED,
            EventTypes.REVIEW_CYCLE_CLOSED,
            EventTypes.REVIEW_SHARED,
            EventTypes.REVIEW_ACKNOWLEDGED,
            EventTypes.FEEDBACK_RECEIVED,
            EventTypes.PERSON_CREATED,
            EventTypes.PERSON_UPDATED,
            EventTypes.PERSON_DEACTIVATED);

    /** A message to send: its catalogue type, its subject (for ordering) and its data. */
    public record Built(String type, UUID subjectId, Map<String, Object> data) {}

    private final EntityManager em;

    public WebhookPayloads(EntityManager em) {
        this.em = em;
    }

    /** The message for an event, or empty when its subject is gone (deleted since). */
    public Optional<Built> build(OutboxEvent event) {
        UUID org = event.orgId();
        UUID subject = event.requireUuid("subjectId");
        Map<String, Object> data = new LinkedHashMap<>();
        String type = event.type();
        Optional<Map<String, Object>> main;
        switch (type) {
            case EventTypes.OBJECTIVE_CREATED, EventTypes.OBJECTIVE_UPDATED ->
                main = put(data, "objective", objective(org, subject));
            case EventTypes.OBJECTIVE_STATUS_CHANGED -> {
                main = put(data, "objective", objective(org, subject));
                data.put("from", event.text("from").orElse(null));
                data.put("to", event.text("to").orElse(null));
            }
            case EventTypes.OBJECTIVE_CHECKED_IN -> {
                main = put(data, "objective", objective(org, subject));
                main = main.flatMap(o -> put(data, "checkIn", checkIn(org, event.requireUuid("checkInId"), o)));
            }
            case EventTypes.KEY_RESULT_CHECKED_IN -> {
                Optional<Map<String, Object>> objective = objective(org, event.requireUuid("objectiveId"));
                main = objective.flatMap(o -> put(data, "keyResult", keyResult(org, subject, o)));
                objective.ifPresent(o -> data.put("objective", o));
                main = main.flatMap(
                        m -> put(data, "checkIn", checkIn(org, event.requireUuid("checkInId"), objective.get())));
            }
            case EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_COMPLETED, EventTypes.SESSION_CANCELLED ->
                main = put(data, "session", session(org, subject));
            case EventTypes.REVIEW_CYCLE_LAUNCHED, EventTypes.REVIEW_CYCLE_CLOSED ->
                main = put(data, "cycle", cycle(org, subject));
            case EventTypes.REVIEW_SHARED, EventTypes.REVIEW_ACKNOWLEDGED ->
                main = put(data, "review", review(org, subject));
            case EventTypes.FEEDBACK_RECEIVED -> {
                Optional<Map<String, Object>> feedback = feedback(org, subject);
                if (feedback.isPresent() && feedback.get().containsKey("body")) {
                    type = "praise.given";
                    main = put(data, "praise", feedback);
                } else {
                    type = "feedback.given";
                    main = put(data, "feedback", feedback);
                }
            }
            case EventTypes.PERSON_CREATED, EventTypes.PERSON_DEACTIVATED ->
                main = put(data, "person", person(org, subject));
            case EventTypes.PERSON_UPDATED -> {
                main = put(data, "person", person(org, subject));
                List<String> fields = new ArrayList<>();
                event.payload().path("fields").forEach(f -> fields.add(f.asText()));
                data.put("changedFields", fields);
            }
            default -> throw new IllegalArgumentException("No webhook is made from " + type);
        }
        data.put("actorId", event.text("actorId").orElse(null));
        String webhookType = type;
        return main.map(m -> new Built(webhookType, subject, data));
    }

    private static Optional<Map<String, Object>> put(
            Map<String, Object> data, String key, Optional<Map<String, Object>> value) {
        value.ifPresent(v -> data.put(key, v));
        return value;
    }

    private Optional<Map<String, Object>> objective(UUID org, UUID id) {
        return row(
                        "select id, title, level, status, health, progress, visibility, owner_id, team_id, period_id,"
                                + " parent_id, due_date, updated_at from objectives where org_id = ?1 and id = ?2",
                        org,
                        id)
                .map(r -> {
                    boolean open = "ORGANIZATION".equals(r[6]);
                    return fields(
                            "id",
                            r[0],
                            "title",
                            open ? r[1] : null,
                            "level",
                            r[2],
                            "status",
                            r[3],
                            "health",
                            r[4],
                            "progress",
                            r[5],
                            "visibility",
                            r[6],
                            "ownerId",
                            r[7],
                            "teamId",
                            r[8],
                            "periodId",
                            r[9],
                            "parentId",
                            r[10],
                            "dueDate",
                            date(r[11]),
                            "updatedAt",
                            time(r[12]));
                });
    }

    private Optional<Map<String, Object>> keyResult(UUID org, UUID id, Map<String, Object> objective) {
        boolean open = "ORGANIZATION".equals(objective.get("visibility"));
        return row(
                        "select id, objective_id, title, kind, start_value, target_value, current_value, unit"
                                + " from key_results where org_id = ?1 and id = ?2",
                        org,
                        id)
                .map(r -> fields(
                        "id",
                        r[0],
                        "objectiveId",
                        r[1],
                        "title",
                        open ? r[2] : null,
                        "kind",
                        r[3],
                        "startValue",
                        r[4],
                        "targetValue",
                        r[5],
                        "currentValue",
                        r[6],
                        "unit",
                        r[7]));
    }

    private Optional<Map<String, Object>> checkIn(UUID org, UUID id, Map<String, Object> objective) {
        boolean open = "ORGANIZATION".equals(objective.get("visibility"));
        return row(
                        "select id, author_id, value, progress, health, confidence, comment, created_at"
                                + " from check_ins where org_id = ?1 and id = ?2",
                        org,
                        id)
                .map(r -> fields(
                        "id",
                        r[0],
                        "authorId",
                        r[1],
                        "value",
                        r[2],
                        "progress",
                        r[3],
                        "health",
                        r[4],
                        "confidence",
                        r[5] == null ? null : ((Number) r[5]).intValue(),
                        "comment",
                        open ? r[6] : null,
                        "createdAt",
                        time(r[7])));
    }

    private Optional<Map<String, Object>> session(UUID org, UUID id) {
        return row(
                        "select id, kind, status, organizer_id, attendee_id, starts_at, duration_minutes, recurrence,"
                                + " completed_at, cancelled_at from sessions where org_id = ?1 and id = ?2",
                        org,
                        id)
                .map(r -> fields(
                        "id",
                        r[0],
                        "kind",
                        r[1],
                        "status",
                        r[2],
                        "organizerId",
                        r[3],
                        "attendeeId",
                        r[4],
                        "startsAt",
                        time(r[5]),
                        "durationMinutes",
                        r[6],
                        "recurrence",
                        r[7],
                        "completedAt",
                        time(r[8]),
                        "cancelledAt",
                        time(r[9])));
    }

    private Optional<Map<String, Object>> cycle(UUID org, UUID id) {
        return row(
                        "select id, name, kind, state, period_id, launched_at, closed_at from review_cycles"
                                + " where org_id = ?1 and id = ?2",
                        org,
                        id)
                .map(r -> fields(
                        "id",
                        r[0],
                        "name",
                        r[1],
                        "kind",
                        r[2],
                        "state",
                        r[3],
                        "periodId",
                        r[4],
                        "launchedAt",
                        time(r[5]),
                        "closedAt",
                        time(r[6])));
    }

    private Optional<Map<String, Object>> review(UUID org, UUID id) {
        return row(
                        "select id, cycle_id, reviewee_id, manager_id, state, shared_at, acknowledged_at from reviews"
                                + " where org_id = ?1 and id = ?2",
                        org,
                        id)
                .map(r -> fields(
                        "id",
                        r[0],
                        "cycleId",
                        r[1],
                        "revieweeId",
                        r[2],
                        "managerId",
                        r[3],
                        "state",
                        r[4],
                        "sharedAt",
                        time(r[5]),
                        "acknowledgedAt",
                        time(r[6])));
    }

    /** Public praise with its text and values; other feedback only as a fact (as admins see it). */
    private Optional<Map<String, Object>> feedback(UUID org, UUID id) {
        return row(
                        "select f.id, f.giver_id, f.recipient_id, f.visibility, f.request_id, f.created_at, f.body,"
                                + " f.objective_id, (select string_agg(cast(v.value_id as text), ' ')"
                                + " from feedback_values v where v.feedback_id = f.id)"
                                + " from feedback f where f.org_id = ?1 and f.id = ?2",
                        org,
                        id)
                .map(r -> {
                    if (!"PUBLIC".equals(r[3])) {
                        return fields(
                                "id",
                                r[0],
                                "giverId",
                                r[1],
                                "recipientId",
                                r[2],
                                "visibility",
                                r[3],
                                "requestId",
                                r[4],
                                "createdAt",
                                time(r[5]));
                    }
                    List<String> values = r[8] == null ? List.of() : Arrays.asList(((String) r[8]).split(" "));
                    return fields(
                            "id",
                            r[0],
                            "giverId",
                            r[1],
                            "recipientId",
                            r[2],
                            "body",
                            r[6],
                            "valueIds",
                            values,
                            "objectiveId",
                            r[7],
                            "createdAt",
                            time(r[5]));
                });
    }

    private Optional<Map<String, Object>> person(UUID org, UUID id) {
        return row(
                        "select id, email, name, title, team_id, manager_id, roles, active from people"
                                + " where org_id = ?1 and id = ?2 and not service_account",
                        org,
                        id)
                .map(r -> fields(
                        "id",
                        r[0],
                        "email",
                        r[1],
                        "name",
                        r[2],
                        "title",
                        r[3],
                        "teamId",
                        r[4],
                        "managerId",
                        r[5],
                        "admin",
                        ((String) r[6]).contains("ADMIN"),
                        "active",
                        r[7]));
    }

    private Optional<Object[]> row(String sql, UUID org, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, org)
                .setParameter(2, id)
                .getResultList();
        return rows.stream().findFirst();
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            map.put((String) pairs[i], value instanceof UUID || value instanceof BigDecimal ? plain(value) : value);
        }
        return map;
    }

    private static Object plain(Object value) {
        return value instanceof UUID ? value.toString() : ((BigDecimal) value).stripTrailingZeros();
    }

    private static String time(Object value) {
        Instant instant = value == null ? null : SqlValues.instant(value);
        return instant == null ? null : instant.toString();
    }

    private static String date(Object value) {
        return value == null ? null : SqlValues.localDate(value).toString();
    }
}
