package app.cairn.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An email address")
public record EmailRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
        String email) {}
