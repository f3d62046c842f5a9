package app.cairn.feedback.dto;

import app.cairn.feedback.Reaction;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reaction to add to public praise")
public record ReactionRequest(
        @Schema(required = true) @NotNull(message = "is required")
        Reaction reaction) {}
