package app.cairn.teams.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A team's state. On update, send the version you loaded (a stale one gets 409).")
public record TeamRequest(
        @Schema(examples = "Platform Engineering")
        @NotBlank(message = "is required")
        @Size(max = 120, message = "must be at most 120 characters")
        String name,

        @Schema(
                description = "The parent team, or null for a top-level team",
                examples = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a")
        UUID parentId,

        @Schema(description = "The person who leads the team", examples = "9a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d")
        UUID leadId,

        @Schema(description = "Required on update", examples = "1")
        Integer version) {}
