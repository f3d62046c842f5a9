package app.cairn.sessions.dto;

import app.cairn.common.web.Ref;
import app.cairn.objectives.Health;
import app.cairn.objectives.ObjectiveStatus;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An objective discussed in a session, with its current progress and health")
public record LinkedObjective(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) Ref owner,
        @Schema(required = true) ObjectiveStatus status,
        @Schema(required = true) Health health,
        @Schema(required = true) BigDecimal progress) {}
