package app.cairn.reviews.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One point of a template's rating scale, e.g. 3 = \"Meets expectations\"")
public record ScalePoint(
        @Schema(required = true) @NotNull(message = "is required")
        Integer value,

        @Schema(required = true)
        @NotBlank(message = "is required")
        @Size(max = 80, message = "must be at most 80 characters")
        String label) {}
