package app.cairn.feedback.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Declining a feedback request, optionally saying why")
public record DeclineRequest(
        @Schema(description = "Why (the asker reads it)") @Size(max = 500, message = "must be at most 500 characters")
        String reason) {}
