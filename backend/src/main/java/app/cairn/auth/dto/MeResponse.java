package app.cairn.auth.dto;

import app.cairn.common.web.Ref;
import app.cairn.people.Role;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The signed-in person and their organization")
public record MeResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String email,
        @Schema(required = true) String name,
        String title,
        @Schema(required = true) Set<Role> roles,
        Ref team,
        Ref manager,

        @Schema(required = true, description = "Active direct reports; more than 0 makes this person a manager")
        long reportCount,

        @Schema(required = true) OrganizationSummary organization,

        @Schema(
                required = true,
                description = "The IANA time zone this person's calendars use: their own choice, else the"
                        + " organization's. Show dates and times in it.")
        String timeZone,

        @Schema(required = true) Preferences preferences) {

    @Schema(name = "OrganizationSummary")
    public record OrganizationSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) String slug,

            @Schema(required = true, description = "The organization's IANA time zone")
            String timeZone) {}

    @Schema(name = "Preferences", description = "What the person chose for themselves")
    public record Preferences(
            @Schema(nullable = true, description = "Their own IANA time zone; null means the organization's")
            String timeZone) {}
}
