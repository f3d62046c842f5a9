package app.cairn.reviews.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review template; on update send the version you loaded")
public record TemplateRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Schema(description = "2 to 10 points with rising values")
        @NotEmpty(message = "is required")
        @Size(min = 2, max = 10, message = "must have 2 to 10 points")
        List<@Valid ScalePoint> scale,

        @Schema(description = "Whether a rating may be answered \"not rated\" (default true)")
        Boolean allowNotRated,

        @NotEmpty(message = "add at least one section") @Size(max = 20, message = "must have at most 20 sections")
        List<@Valid TemplateSection> sections,

        @Schema(description = "Required on update") Integer version) {}
