package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new agenda item")
public record AgendaItemRequest(
        @Schema(required = true, examples = "Feedback on the canary rollout plan")
        @NotBlank(message = "is required")
        @Size(max = 300, message = "must be at most 300 characters")
        String title) {}
