package app.cairn.sessions.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agenda template: a name and the items it pre-fills")
public record AgendaTemplateRequest(
        @Schema(required = true)
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Schema(required = true)
        @NotNull(message = "is required")
        @Size(min = 1, max = 30, message = "must have 1 to 30 items")
        List<
                        @NotBlank(message = "must not be blank")
                        @Size(max = 300, message = "must be at most 300 characters") String>
                items,

        @Schema(description = "ORGANIZATION (admins only) or PERSONAL (default)")
        TemplateScope scope,

        @Schema(description = "The version you loaded; required on update")
        Integer version) {

    public enum TemplateScope {
        ORGANIZATION,
        PERSONAL
    }
}
