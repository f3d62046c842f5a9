package app.cairn.reviews.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The last moment of each step of a cycle (UTC)")
public record Deadlines(
        @Schema(required = true) Instant selfReview,
        Instant nominations,
        Instant peerAnswers,
        @Schema(required = true) Instant managerReview,
        @Schema(required = true) Instant signOff) {}
