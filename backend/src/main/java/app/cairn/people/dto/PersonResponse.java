package app.cairn.people.dto;

import app.cairn.common.web.Ref;
import app.cairn.people.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person in the organization")
public record PersonResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String email,
        @Schema(required = true) String name,
        String title,
        Ref team,
        Ref manager,
        @Schema(required = true) Set<Role> roles,
        @Schema(required = true) boolean active,

        @Schema(
                required = true,
                description = "Invited but has not set a password yet (the invitation e-mail can be sent again)")
        boolean invitationPending,

        @Schema(required = true, description = "How many active people report to this person")
        long reportCount,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,

        @Schema(required = true, description = "Send it back on update; a stale version gets 409")
        int version) {}
