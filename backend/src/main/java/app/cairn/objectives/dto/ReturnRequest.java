package app.cairn.objectives.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Returning a draft to its owner: what to change, and the version you loaded")
public record ReturnRequest(
        @NotBlank(message = "is required: say what to change")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String comment,

        @Schema(required = true) @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
