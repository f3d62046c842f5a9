package app.cairn.objectives.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ReturnRequest(
        @NotBlank(message = "is required: say what to change")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String comment) {}
