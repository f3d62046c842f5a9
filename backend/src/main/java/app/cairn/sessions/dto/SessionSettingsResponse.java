package app.cairn.sessions.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The organization's session settings")
public record SessionSettingsResponse(
        @Schema(required = true) int defaultIntervalDays,
        @Schema(required = true) int lockAfterDays,
        @Schema(required = true) int version) {}
