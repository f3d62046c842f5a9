package app.cairn.sessions.dto;

import app.cairn.common.web.Ref;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An item on a session's shared agenda")
public record AgendaItemResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) Ref author,
        @Schema(required = true) int position,
        @Schema(required = true) boolean discussed,

        @Schema(required = true, description = "Carried over, undiscussed, from the previous occurrence")
        boolean carriedOver,

        @Schema(required = true, description = "The caller wrote it, so may edit or remove it")
        boolean mine,

        @Schema(required = true) int version) {}
