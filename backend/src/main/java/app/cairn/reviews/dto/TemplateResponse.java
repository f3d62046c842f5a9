package app.cairn.reviews.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review template")
public record TemplateResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        String description,
        @Schema(required = true) List<ScalePoint> scale,
        @Schema(required = true) boolean allowNotRated,
        @Schema(required = true) List<TemplateSection> sections,

        @Schema(required = true, description = "Used by a launched cycle: it can no longer change (copy it instead)")
        boolean inUse,

        @Schema(required = true) int version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {}
