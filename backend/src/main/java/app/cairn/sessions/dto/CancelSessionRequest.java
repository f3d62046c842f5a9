package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Cancel one occurrence, or the whole series from this occurrence on")
public record CancelSessionRequest(
        @Schema(description = "OCCURRENCE (default) or SERIES")
        Scope scope,

        @Size(max = 500, message = "must be at most 500 characters")
        String reason,

        @Schema(required = true, description = "The version you loaded")
        @NotNull(message = "is required: send the version you loaded")
        Integer version) {

    public enum Scope {
        OCCURRENCE,
        SERIES
    }
}
