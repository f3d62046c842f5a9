package app.cairn.checkins.dto;

import app.cairn.common.web.Ref;
import app.cairn.objectives.Health;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A check-in, as it was made")
public record CheckInResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID objectiveId,

        @Schema(description = "The key result it was about (null once removed, or for objective check-ins)")
        UUID keyResultId,

        @Schema(description = "The key result's title at the time of the check-in")
        String keyResultTitle,

        @Schema(required = true) Ref author,
        @Schema(description = "The key result's new value") BigDecimal value,

        @Schema(description = "The key result's or objective's progress after it")
        BigDecimal progress,

        @Schema(required = true, description = "The objective's progress after it")
        BigDecimal objectiveProgress,

        Health health,
        Integer confidence,
        String comment,
        @Schema(required = true) Instant createdAt) {}
