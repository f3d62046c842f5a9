package app.cairn.reviews.dto;

import app.cairn.common.time.Deadline;
import app.cairn.reviews.AppraisalType;
import app.cairn.reviews.CycleKind;
import app.cairn.reviews.ParticipantScope;
import app.cairn.reviews.PeerSummaryRelease;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review cycle as a draft; on update send the version you loaded")
public record CycleRequest(
        @Schema(examples = "Q4 2026 appraisal")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Schema(examples = "APPRAISAL") @NotNull(message = "is required")
        CycleKind kind,

        @Schema(description = "For appraisals: ANNUAL (default) or INTERIM", examples = "INTERIM")
        AppraisalType appraisalType,

        @Schema(examples = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70") @NotNull(message = "is required")
        UUID templateId,

        @Schema(description = "The period the reviews look back on", examples = "5b0d6c1e-2f3a-4b8c-9d7e-1a2b3c4d5e6f")
        @NotNull(message = "is required")
        UUID periodId,

        @Schema(examples = "TEAM") @NotNull(message = "is required")
        ParticipantScope participantScope,

        @Schema(description = "For TEAM", examples = "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d")
        UUID participantTeamId,

        @Schema(description = "For LIST") @Size(max = 2000, message = "must have at most 2000 people")
        List<UUID> participantIds,

        @Schema(description = DAY, examples = "2026-12-11") @NotNull(message = "is required")
        Deadline selfReviewDue,

        @Schema(description = "Required for 360s. " + DAY) Deadline nominationsDue,
        @Schema(description = "Required for 360s. " + DAY) Deadline peerAnswersDue,

        @Schema(description = DAY, examples = "2026-12-18") @NotNull(message = "is required")
        Deadline managerReviewDue,

        @Schema(description = DAY, examples = "2027-01-08T17:00:00Z") @NotNull(message = "is required")
        Deadline signOffDue,

        @Schema(description = "Fewest peers a reviewee nominates (360; default 3)")
        @Min(value = 0, message = "must be 0 or more")
        @Max(value = 20, message = "must be at most 20")
        Integer minPeers,

        @Schema(description = "Most peers a reviewee nominates (360; default 8)")
        @Min(value = 1, message = "must be 1 or more")
        @Max(value = 20, message = "must be at most 20")
        Integer maxPeers,

        @Schema(description = "Hold reviews for calibration before sharing (default true)", examples = "true")
        Boolean calibration,

        @Schema(description = "The manager's manager signs off after the reviewee (default false)", examples = "false")
        Boolean skipLevelSignOff,

        @Schema(
                description = "360s: when the reviewee sees the peer summary — AFTER_PEER_DEADLINE, or WHEN_SHARED"
                        + " (default: only once their review is shared)")
        PeerSummaryRelease peerSummaryRelease,

        @Schema(description = "Required on update", examples = "2")
        Integer version) {

    static final String DAY =
            "A day (`2026-12-15`: the end of that day in the organization's time zone) or an" + " ISO-8601 instant.";
}
