package app.cairn.organizations.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Create an organization and its first admin")
public record SignUpRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String organizationName,

        @NotBlank(message = "is required")
        @Pattern(
                regexp = "^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$",
                message = "must be 1 to 60 lowercase letters, digits or dashes, not starting or ending with a dash")
        String slug,

        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String adminName,

        @NotBlank(message = "is required")
        @Email(message = "must be an email address")
        @Size(max = 254, message = "must be at most 254 characters")
        String adminEmail,

        @Schema(description = "12 to 128 characters, not easy to guess")
        @NotBlank(message = "is required")
        @Size(min = 12, max = 128, message = "must be 12 to 128 characters")
        String adminPassword) {}
