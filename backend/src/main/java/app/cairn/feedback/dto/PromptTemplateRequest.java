package app.cairn.feedback.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A feedback prompt template; on update send the version you loaded")
public record PromptTemplateRequest(
        @Schema(required = true)
        @NotBlank(message = "is required")
        @Size(max = 120, message = "must be at most 120 characters")
        String name,

        @Schema(required = true, description = "The question asked, or the starter text of the compose form")
        @NotBlank(message = "is required")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String prompt,

        @Schema(description = "The version you loaded; required on update")
        Integer version) {}
