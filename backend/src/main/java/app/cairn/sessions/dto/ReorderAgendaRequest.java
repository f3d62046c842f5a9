package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The session's agenda item ids, in their new order (all of them, each once)")
public record ReorderAgendaRequest(
        @Schema(required = true) @NotNull(message = "is required")
        List<@NotNull UUID> itemIds) {}
