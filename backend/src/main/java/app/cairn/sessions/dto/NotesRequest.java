package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Notes text; send the version you loaded (none for the first save)")
public record NotesRequest(
        @Schema(
                required = true,
                examples = "- Canary stage is live for 10% of traffic\n- Erin to pair with SRE on alerting next week")
        @NotNull(message = "is required (may be empty)")
        @Size(max = 20000, message = "must be at most 20000 characters")
        String body,

        @Schema(description = "The version you loaded; omit for the first save", examples = "4")
        Integer version) {}
