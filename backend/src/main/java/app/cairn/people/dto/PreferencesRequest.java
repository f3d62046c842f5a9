package app.cairn.people.dto;

import app.cairn.common.time.IanaTimeZone;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MyPreferencesRequest", description = "The signed-in person's own settings")
public record PreferencesRequest(
        @Schema(
                nullable = true,
                description = "An IANA time zone (e.g. America/New_York); null to use the organization's")
        @IanaTimeZone
        String timeZone) {}
