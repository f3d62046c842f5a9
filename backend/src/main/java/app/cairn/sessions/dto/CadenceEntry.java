package app.cairn.sessions.dto;

import app.cairn.common.web.Ref;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A manager–report pair's 1:1 cadence: interval, last and next 1:1, overdue flag")
public record CadenceEntry(
        @Schema(required = true) Ref report,
        @Schema(required = true) Ref manager,
        @Schema(required = true) int intervalDays,

        @Schema(required = true, description = "True when the organization's default applies")
        boolean defaultInterval,

        @Schema(description = "Start of the last completed 1:1, when there was one")
        Instant lastCompletedAt,

        @Schema(description = "When the next 1:1 was due by the interval (null: never met)")
        Instant dueAt,

        @Schema(description = "Start of the next scheduled 1:1")
        Instant nextScheduledAt,

        @Schema(required = true, description = "No completed 1:1 within the interval")
        boolean overdue) {}
