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
        @Schema(examples = "hana.sato@example.com")
        @NotBlank(message = "is required")
        @Email(message = "must be an email address")
        @Size(max = 254, message = "must be at most 254 characters")
        String email,

        @Schema(examples = "Hana Sato")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Schema(examples = "Site Reliability Engineer") @Size(max = 200, message = "must be at most 200 characters")
        String title,

        @Schema(examples = "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d")
        UUID teamId,

        @Schema(examples = "9a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d")
        UUID managerId,

        @Schema(description = "Defaults to [EMPLOYEE]", examples = "[\"EMPLOYEE\"]")
        Set<Role> roles) {}
