package app.cairn.organizations.dto;

import app.cairn.common.time.IanaTimeZone;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The organization's settings; send the version you loaded")
public record OrganizationRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Schema(required = true, description = "IANA time zone, e.g. Europe/Berlin")
        @NotNull(message = "is required")
        @IanaTimeZone
        String timeZone,

        @Schema(
                nullable = true,
                description = "Days (1 to 90) after which an active objective without a check-in is due one and"
                        + " counts as stale; omitted keeps the current value")
        @Min(value = 1, message = "must be between 1 and 90 days")
        @Max(value = 90, message = "must be between 1 and 90 days")
        Integer checkInCadenceDays,

        @Schema(required = true) @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
