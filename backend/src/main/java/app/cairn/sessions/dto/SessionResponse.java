package app.cairn.sessions.dto;

import app.cairn.common.web.Ref;
import app.cairn.sessions.Recurrence;
import app.cairn.sessions.SessionKind;
import app.cairn.sessions.SessionStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A session. Participants see its content; an admin who is not a participant sees that it"
                + " happened (when, who, status) and contentVisible false with no agenda, notes or actions.")
public record SessionResponse(
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
        @Schema(required = true) boolean tentative,

        @Schema(required = true, description = "True when the series was cancelled")
        boolean seriesEnded,

        Instant completedAt,
        Ref completedBy,
        Instant cancelledAt,

        @Schema(description = "Why it was cancelled: free text, shown to participants only (null for others)")
        String cancelReason,

        @Schema(required = true) boolean locked,

        @Schema(description = "When a completed session's record locks (or locked)")
        Instant locksAt,

        @Schema(description = "Why the session cannot be changed, for display")
        String readOnlyReason,

        @Schema(description = "The occurrence before this one")
        UUID previousId,

        @Schema(description = "The occurrence after this one, when there is one")
        UUID nextId,

        @Schema(required = true, description = "False for an admin who is not a participant")
        boolean contentVisible,

        @Schema(required = true) List<AgendaItemResponse> agendaItems,

        @Schema(description = "The shared notes, for participants")
        NotesResponse sharedNotes,

        @Schema(required = true) List<ActionItemResponse> actionItems,

        @Schema(required = true, description = "Linked objectives the caller may see")
        List<LinkedObjective> objectives,

        @Schema(required = true) Permissions permissions,
        @Schema(required = true) int version) {

    @Schema(name = "SessionPermissions", description = "What the caller may do with this session now")
    public record Permissions(
            @Schema(required = true, description = "Change agenda, notes, actions and objectives")
            boolean canEdit,

            @Schema(required = true) boolean canReschedule,
            @Schema(required = true) boolean canCancel,
            @Schema(required = true) boolean canComplete) {}
}
