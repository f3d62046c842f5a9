package app.cairn.reviews.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewVersionRequest", description = "The version of the thing acted on, as loaded")
public record VersionRequest(
        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
