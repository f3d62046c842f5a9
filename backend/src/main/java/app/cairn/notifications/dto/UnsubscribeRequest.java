package app.cairn.notifications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The token of the unsubscribe link in a notification e-mail")
public record UnsubscribeRequest(
        @Schema(required = true) @NotBlank(message = "is required") @Size(max = 200, message = "is not a valid link")
        String token) {}
