package app.cairn.reminders.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many late people were reminded (each at most once an hour)")
public record RemindNowResponse(
        @Schema(required = true) int reminded,

        @Schema(required = true, description = "Late people reminded within the last hour already")
        int skipped) {}
