package app.cairn.people.dto;

import app.cairn.people.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Invite a person: they get an e-mail with a link to choose their password")
public record CreatePersonRequest(
        @NotBlank(message = "is required")
        @Email(message = "must be an email address")
        @Size(max = 254, message = "must be at most 254 characters")
        String email,

        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Size(max = 200, message = "must be at most 200 characters")
        String title,

        UUID teamId,
        UUID managerId,
        @Schema(description = "Defaults to [EMPLOYEE]") Set<Role> roles) {}
