package app.cairn.teams.dto;

import app.cairn.common.web.Ref;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A team; teams form a tree through their parent")
public record TeamResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        Ref parent,
        Ref lead,

        @Schema(required = true, description = "Active people in the team")
        long memberCount,

        @Schema(required = true) int version) {}
