package app.cairn.common.web;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to another resource by id, with its name for display. */
@Schema(description = "A reference to a person, team or other named resource")
public record Ref(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name) {

    public static Ref of(UUID id, String name) {
        return id == null ? null : new Ref(id, name);
    }
}
