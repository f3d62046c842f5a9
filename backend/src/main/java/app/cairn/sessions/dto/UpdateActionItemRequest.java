package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A change to an action item; omitted fields stay as they are")
public record UpdateActionItemRequest(
        @Size(min = 1, max = 300, message = "must be 1 to 300 characters")
        String title,

        UUID assigneeId,
        LocalDate dueDate,

        @Schema(description = "Set true to remove the due date")
        Boolean clearDueDate,

        Boolean done,

        @Schema(required = true, description = "The version you loaded")
        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
