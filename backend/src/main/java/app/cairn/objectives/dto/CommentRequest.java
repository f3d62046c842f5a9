package app.cairn.objectives.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CommentRequest(
        @Schema(examples = "Nice jump this week. Is the onboarding checklist behind it?")
        @NotBlank(message = "is required")
        @Size(max = 5000, message = "must be at most 5000 characters")
        String body) {}
