package app.cairn.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The secret of a link sent by e-mail")
public record LinkTokenRequest(
        @Schema(description = "The secret from the link (after `#token=`)")
        @NotBlank(message = "is required")
        @Size(max = 100, message = "must be at most 100 characters")
        String token) {}
