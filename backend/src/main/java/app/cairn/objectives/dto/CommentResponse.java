package app.cairn.objectives.dto;

import app.cairn.common.web.Ref;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObjectiveComment")
public record CommentResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Ref author,
        @Schema(required = true) String body,
        @Schema(required = true) Instant createdAt) {}
