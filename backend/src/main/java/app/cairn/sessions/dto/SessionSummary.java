package app.cairn.sessions.dto;

import app.cairn.common.web.Ref;
import app.cairn.sessions.Recurrence;
import app.cairn.sessions.SessionKind;
import app.cairn.sessions.SessionStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A session in a list: when, who and its status (never its content)")
public record SessionSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID seriesId,
        @Schema(required = true) SessionKind kind,
        String title,

        @Schema(required = true, description = "The two participants, organizer first")
        List<Ref> participants,

        @Schema(required = true) Instant startsAt,
        @Schema(required = true) Instant endsAt,
        @Schema(required = true) int durationMinutes,
        @Schema(required = true) Recurrence recurrence,
        @Schema(required = true) SessionStatus status,

        @Schema(required = true, description = "Created at the pair's interval and not yet confirmed")
        boolean tentative,

        @Schema(required = true, description = "Completed long enough ago that its record is locked")
        boolean locked,

        Instant completedAt,
        @Schema(required = true) int version) {}
