package app.cairn.reviews.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An ordered group of questions")
public record TemplateSection(
        UUID id,

        @Schema(required = true)
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String title,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Schema(required = true)
        @NotEmpty(message = "add at least one question")
        @Size(max = 50, message = "must have at most 50 questions")
        List<@Valid TemplateQuestion> questions) {}
