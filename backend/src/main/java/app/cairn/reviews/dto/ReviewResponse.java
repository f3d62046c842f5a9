package app.cairn.reviews.dto;

import app.cairn.common.web.Ref;
import app.cairn.reviews.CycleKind;
import app.cairn.reviews.CycleState;
import app.cairn.reviews.NominationsState;
import app.cairn.reviews.ReviewState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "A review as the caller may see it: the questions, the state of each part, the score when visible")
public record ReviewResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Cycle cycle,
        @Schema(required = true) Ref reviewee,
        Ref manager,
        Ref skipLevel,
        Ref team,
        @Schema(required = true) ReviewState state,
        @Schema(required = true) NominationsState nominationsState,

        @Schema(required = true, description = "REVIEWEE, MANAGER, SKIP_LEVEL, PEER and/or ADMIN")
        List<String> myRoles,

        @Schema(required = true) List<ScalePoint> scale,
        @Schema(required = true) boolean allowNotRated,

        @Schema(required = true, description = "The template's sections; each question names the roles that answer it")
        List<TemplateSection> sections,

        @Schema(required = true, description = "The reviewee's objectives in the period, for objectives questions")
        List<ObjectiveRef> objectives,

        @Schema(required = true, description = "NOT_STARTED, DRAFT or SUBMITTED; hidden parts are null")
        Parts parts,

        @Schema(description = "Hidden from the reviewee until the review is shared, and from peers")
        Score score,

        Instant sharedAt,
        Instant acknowledgedAt,
        String acknowledgementComment,
        Instant signedOffAt,
        Ref signedOffBy,
        @Schema(required = true) Permissions permissions,
        @Schema(required = true) int version) {

    @Schema(description = "The cycle a review belongs to")
    public record Cycle(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) CycleKind kind,
            @Schema(required = true) CycleState state,
            @Schema(required = true) Ref period,
            @Schema(required = true) LocalDate periodStart,
            @Schema(required = true) LocalDate periodEnd,
            @Schema(required = true) Deadlines deadlines,
            @Schema(required = true) boolean calibration,
            @Schema(required = true) boolean skipLevelSignOff) {}

    @Schema(description = "One of the reviewee's objectives in the period")
    public record ObjectiveRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String status,
            @Schema(required = true) BigDecimal progress) {}

    @Schema(description = "The status of each part the caller may know about")
    public record Parts(
            String self,
            String manager,

            @Schema(description = "The caller's own peer answers")
            String myPeer) {}

    @Schema(name = "ReviewPermissions", description = "What the caller may do now")
    public record Permissions(
            @Schema(required = true) boolean canWriteSelf,
            @Schema(required = true) boolean canWriteManager,
            @Schema(required = true) boolean canWritePeer,
            @Schema(required = true) boolean canNominate,
            @Schema(required = true) boolean canApproveNominations,
            @Schema(required = true) boolean canOverride,
            @Schema(required = true) boolean canCalibrate,
            @Schema(required = true) boolean canShare,
            @Schema(required = true) boolean canAcknowledge,
            @Schema(required = true) boolean canSignOff,
            @Schema(required = true) boolean canSeeEvidence,
            @Schema(required = true) boolean canSeePeerSummary) {}
}
