package app.cairn.feedback.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A company value")
public record CompanyValueResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        String description,
        @Schema(required = true) boolean archived,
        @Schema(required = true) int position,
        @Schema(required = true) int version) {}
