package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionVersionRequest", description = "A state change on a versioned resource")
public record VersionRequest(
        @Schema(required = true, description = "The version you loaded")
        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
