package app.cairn.reviews.dto;

import app.cairn.common.web.Ref;
import app.cairn.reviews.AppraisalType;
import app.cairn.reviews.CycleKind;
import app.cairn.reviews.CycleState;
import app.cairn.reviews.ParticipantScope;
import app.cairn.reviews.PeerSummaryRelease;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review cycle")
public record CycleResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) CycleKind kind,
        AppraisalType appraisalType,
        @Schema(required = true) Ref template,
        @Schema(required = true) Ref period,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        @Schema(required = true) ParticipantScope participantScope,
        Ref participantTeam,

        @Schema(required = true, description = "The listed participants (LIST)")
        List<Ref> participants,

        @Schema(required = true) Deadlines deadlines,
        @Schema(required = true) int minPeers,
        @Schema(required = true) int maxPeers,
        @Schema(required = true) boolean calibration,
        @Schema(required = true) boolean skipLevelSignOff,

        @Schema(required = true, description = "When the reviewee sees the 360 peer summary")
        PeerSummaryRelease peerSummaryRelease,

        @Schema(required = true) CycleState state,
        Instant launchedAt,
        Instant closedAt,

        @Schema(required = true, description = "Reviews created at launch")
        long reviewCount,

        @Schema(required = true) int version) {}
