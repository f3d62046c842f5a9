package app.cairn.people.dto;

import app.cairn.people.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person's full new state (fields left null clear the value: team, manager, title)")
public record UpdatePersonRequest(
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
        @NotEmpty(message = "must name at least one role") Set<Role> roles,

        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
