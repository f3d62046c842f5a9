package app.cairn.people.dto;

import app.cairn.people.Role;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change for several people at once: all of them change, or none")
public record BulkPeopleRequest(
        @Schema(required = true)
        @NotEmpty(message = "must name at least one person")
        @Size(max = 200, message = "must name at most 200 people")
        List<@NotNull(message = "must not be null") UUID> personIds,

        @Schema(
                required = true,
                description = "SET_TEAM (teamId; null: no team), SET_MANAGER (managerId; null: no manager),"
                        + " SET_ROLE (role), DEACTIVATE, REACTIVATE")
        @NotNull(message = "is required")
        BulkAction action,

        @Schema(nullable = true, description = "The new team for SET_TEAM; null takes them out of their team")
        UUID teamId,

        @Schema(nullable = true, description = "The new manager for SET_MANAGER; null: no manager")
        UUID managerId,

        @Schema(nullable = true, description = "For SET_ROLE: ADMIN makes them admins, EMPLOYEE takes admin away")
        Role role) {

    public enum BulkAction {
        SET_TEAM,
        SET_MANAGER,
        SET_ROLE,
        DEACTIVATE,
        REACTIVATE
    }
}
