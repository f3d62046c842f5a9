package app.cairn.organizations.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's organization and its settings")
public record OrganizationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,

        @Schema(required = true, description = "Named at login when one email has accounts in several organizations")
        String slug,

        @Schema(
                required = true,
                description = "IANA time zone of the organization's calendars (review deadlines, and everyone's"
                        + " who has not chosen their own)")
        String timeZone,

        @Schema(
                required = true,
                description = "Days after which an active objective without a check-in is due one and counts as stale")
        int checkInCadenceDays,

        @Schema(required = true) int version) {}
