package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "A change to an agenda item: its title (author only) and/or whether it was discussed (either participant)")
public record UpdateAgendaItemRequest(
        @Size(min = 1, max = 300, message = "must be 1 to 300 characters")
        String title,

        Boolean discussed,

        @Schema(required = true, description = "The version you loaded")
        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
