package app.cairn.reviews.dto;

import app.cairn.common.web.Ref;
import app.cairn.reviews.CycleKind;
import app.cairn.reviews.ReviewState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review in a list, with the caller's part in it")
public record ReviewListItem(
        @Schema(required = true) UUID id,
        @Schema(required = true) Ref cycle,
        @Schema(required = true) CycleKind kind,
        @Schema(required = true) Ref reviewee,
        Ref manager,
        @Schema(required = true) ReviewState state,

        @Schema(
                required = true,
                description = "REVIEWEE, MANAGER, PEER, SKIP_LEVEL (to sign off) or ADMIN: why it is listed")
        String myRole,

        @Schema(description = "NOT_STARTED, DRAFT or SUBMITTED: the caller's own answers")
        String myStatus,

        @Schema(description = "The deadline of the caller's current step")
        Instant dueAt,

        @Schema(description = "Shown to the reviewee once shared; to managers and admins once rated")
        BigDecimal overallRating) {}
