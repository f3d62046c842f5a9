package app.cairn.timeline.dto;

import app.cairn.common.web.Ref;
import app.cairn.timeline.TimelineKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing that happened to a person; which fields are set depends on the kind. */
@Schema(description = "One entry of a person's performance history")
public record TimelineItem(
        @Schema(required = true) TimelineKind kind,

        @Schema(required = true, description = "When it happened (objectives: the end of their period, or now)")
        Instant occurredAt,

        @Schema(required = true, description = "A short title: the objective, session, cycle, or change")
        String title,

        @Schema(nullable = true, description = "The objective, session, review or feedback it is about")
        UUID refId,

        @Schema(nullable = true, description = "Feedback text (only when the viewer may read it) or a change's detail")
        String detail,

        @Schema(nullable = true, description = "The period of an objective or of check-ins")
        Ref period,

        @Schema(nullable = true, description = "Objective progress 0–100")
        BigDecimal progress,

        @Schema(nullable = true, description = "Objective or review status")
        String status,

        @Schema(nullable = true, description = "Objective health")
        String health,

        @Schema(nullable = true, description = "A shared review's overall rating")
        BigDecimal rating,

        @Schema(nullable = true, description = "How many check-ins the item summarises")
        Integer count,

        @Schema(nullable = true, description = "The other person: 1:1 partner, feedback giver, new manager")
        Ref person) {}
