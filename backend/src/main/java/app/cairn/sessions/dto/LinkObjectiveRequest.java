package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An objective to discuss in the session")
public record LinkObjectiveRequest(
        @Schema(required = true) @NotNull(message = "is required")
        UUID objectiveId) {}
