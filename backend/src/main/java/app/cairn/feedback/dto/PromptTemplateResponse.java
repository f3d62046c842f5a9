package app.cairn.feedback.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A feedback prompt template")
public record PromptTemplateResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) String prompt,
        @Schema(required = true) int version) {}
