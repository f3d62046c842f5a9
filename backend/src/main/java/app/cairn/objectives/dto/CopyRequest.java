package app.cairn.objectives.dto;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Copy objectives into another period as drafts, key results reset to their start")
public record CopyRequest(
        @NotEmpty(message = "must name at least one objective")
        @Size(max = 100, message = "must name at most 100 objectives")
        List<UUID> objectiveIds,

        @NotNull(message = "is required") UUID periodId) {}
