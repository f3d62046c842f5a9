package app.cairn.reviews.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The reviewee's sign-off of a shared review, optionally with a comment")
public record AcknowledgeRequest(
        @Size(max = 5000, message = "must be at most 5000 characters")
        String comment,

        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
