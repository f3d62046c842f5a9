package app.cairn.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sign in with email and password")
public record LoginRequest(
        @Schema(examples = "erin.employee@example.com")
        @NotBlank(message = "is required")
        @Size(max = 254, message = "must be at most 254 characters")
        String email,

        @Schema(examples = "cairn-demo")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String password,

        @Schema(
                description =
                        "The organization's slug; needed only when the email has accounts in several organizations",
                examples = "northwind")
        @Size(max = 60, message = "must be at most 60 characters")
        String organization) {}
