package app.cairn.objectives.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CommentRequest(
        @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most 5000 characters")
        String body) {}
