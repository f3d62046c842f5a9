package app.cairn.integrations.serviceaccounts.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceAccountRequest")
public record ServiceAccountRequest(
        @Schema(description = "The integration's name", examples = "HRIS sync")
        @NotBlank(message = "must not be blank")
        @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Size(max = 500, message = "must be at most 500 characters")
        String description,

        @Schema(description = "The most any of its tokens may do, each AREA:read or AREA:write")
        @NotNull(message = "must name at least one scope")
        @Size(max = 20, message = "must name at most 20 scopes")
        List<String> scopes,

        @Schema(description = "Acts with admin rights (still narrowed by scopes); default false")
        Boolean admin,

        @Schema(description = "The version read, on updates")
        Integer version) {}
