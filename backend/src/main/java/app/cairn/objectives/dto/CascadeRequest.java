package app.cairn.objectives.dto;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Create one aligned draft objective per report, each owned by that report")
public record CascadeRequest(
        @NotEmpty(message = "must name at least one person") @Size(max = 50, message = "must name at most 50 people")
        List<UUID> ownerIds,

        @Schema(description = "Title of the new objectives (default: the source's title)")
        @Size(max = 200, message = "must be at most 200 characters")
        String title) {}
