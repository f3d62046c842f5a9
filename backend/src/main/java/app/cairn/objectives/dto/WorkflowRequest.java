package app.cairn.objectives.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A workflow action on an objective: the version you loaded (a stale one is a 409)")
public record WorkflowRequest(
        @Schema(required = true) @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
