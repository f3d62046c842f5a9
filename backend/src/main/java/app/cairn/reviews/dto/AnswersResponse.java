package app.cairn.reviews.dto;

import app.cairn.reviews.ReviewRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One role's answers in a review. Peer answers are only ever returned to their own author.")
public record AnswersResponse(
        @Schema(required = true) UUID reviewId,
        @Schema(required = true) ReviewRole role,

        @Schema(
                required = true,
                enumeration = {"NOT_STARTED", "DRAFT", "SUBMITTED"},
                description = "Where these answers are")
        String status,

        @Schema(required = true) List<Answer> answers,
        Instant submittedAt,
        Instant updatedAt,

        @Schema(required = true, description = "0 before the first save")
        int version) {}
