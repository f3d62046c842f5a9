package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new action item")
public record ActionItemRequest(
        @Schema(required = true, examples = "Share the rollout checklist with the SRE team")
        @NotBlank(message = "is required")
        @Size(max = 300, message = "must be at most 300 characters")
        String title,

        @Schema(
                required = true,
                description = "One of the session's participants",
                examples = "3c8e1f5a-7b2d-4e9a-8c6f-2d1b0a9e8f7c")
        @NotNull(message = "is required: one of the participants")
        UUID assigneeId,

        @Schema(examples = "2026-12-15") LocalDate dueDate) {}
