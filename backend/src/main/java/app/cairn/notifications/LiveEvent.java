package app.cairn.notifications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A live event as every instance heard it from PostgreSQL (see {@link LiveEvents} for the notice's
 * form): `personId` names its one recipient, or is null for an event of the organization that each
 * viewer receives only as far as they may see it (objective progress). `data` is JSON or empty.
 */
public record LiveEvent(String id, UUID orgId, UUID personId, String topic, String data, Instant at) {

    /** The event of a notice `id|org|person|topic|data`, empty when the notice does not read so. */
    static Optional<LiveEvent> parse(String notice, Instant at) {
        String[] parts = notice.split("\\|", 5);
        if (parts.length != 5 || parts[0].isEmpty() || parts[3].isEmpty()) {
            return Optional.empty();
        }
        try {
            UUID person = parts[2].isEmpty() ? null : UUID.fromString(parts[2]);
            return Optional.of(new LiveEvent(parts[0], UUID.fromString(parts[1]), person, parts[3], parts[4], at));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean forOrganization() {
        return personId == null;
    }
}
