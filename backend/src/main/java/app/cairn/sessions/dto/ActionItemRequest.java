package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new action item")
public record ActionItemRequest(
        @Schema(required = true)
        @NotBlank(message = "is required")
        @Size(max = 300, message = "must be at most 300 characters")
        String title,

        @Schema(required = true, description = "One of the session's participants")
        @NotNull(message = "is required: one of the participants")
        UUID assigneeId,

        LocalDate dueDate) {}
