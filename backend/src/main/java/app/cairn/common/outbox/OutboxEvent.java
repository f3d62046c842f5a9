package app.cairn.common.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened, as the outbox hands it to a consumer after the transaction that raised it
 * committed. The payload carries ids (organizationId, subjectId, actorId, …), never content: a
 * consumer loads what it needs, so it always sees the current state and its reader's rights.
 */
public record OutboxEvent(UUID id, UUID orgId, String type, ObjectNode payload, Instant createdAt) {

    /** A UUID field of the payload, or empty when absent or null. */
    public Optional<UUID> uuid(String field) {
        return text(field).map(UUID::fromString);
    }

    /** A UUID field of the payload that must be there. */
    public UUID requireUuid(String field) {
        return uuid(field)
                .orElseThrow(() -> new IllegalStateException("Event " + type + " " + id + " has no " + field));
    }

    public Optional<String> text(String field) {
        JsonNode node = payload.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
