package app.cairn.teams.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A team's state. On update, send the version you loaded (a stale one gets 409).")
public record TeamRequest(
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
        String name,

        @Schema(description = "The parent team, or null for a top-level team")
        UUID parentId,

        @Schema(description = "The person who leads the team")
        UUID leadId,

        @Schema(description = "Required on update") Integer version) {}
