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
                enumeration = {"REVIEWEE", "MANAGER", "PEER", "SKIP_LEVEL", "ADMIN"},
                description = "Why it is listed: the caller's part in it (SKIP_LEVEL: to sign off)")
        String myRole,

        @Schema(
                enumeration = {"NOT_STARTED", "DRAFT", "SUBMITTED"},
                description = "Where the caller's own answers are; null where they write none")
        String myStatus,

        @Schema(description = "The deadline of the caller's current step")
        Instant dueAt,

        @Schema(description = "Shown to the reviewee once shared; to managers and admins once rated")
        BigDecimal overallRating) {}
