package app.cairn.feedback.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A company value; on update send the version you loaded")
public record CompanyValueRequest(
        @Schema(required = true)
        @NotBlank(message = "is required")
        @Size(max = 80, message = "must be at most 80 characters")
        String name,

        @Size(max = 500, message = "must be at most 500 characters")
        String description,

        @Schema(description = "Archived values stay on old feedback but are no longer offered (default false)")
        Boolean archived,

        @Schema(description = "Order in lists, low first (default 0)")
        @Min(value = 0, message = "must be 0 or more")
        @Max(value = 1000, message = "must be at most 1000")
        Integer position,

        @Schema(description = "The version you loaded; required on update")
        Integer version) {}
