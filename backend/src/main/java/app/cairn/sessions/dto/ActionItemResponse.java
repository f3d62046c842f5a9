package app.cairn.sessions.dto;

import app.cairn.common.web.Ref;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An action item agreed in a session")
public record ActionItemResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID sessionId,

        @Schema(required = true, description = "When its session starts")
        Instant sessionStartsAt,

        @Schema(required = true) String title,
        @Schema(required = true) Ref assignee,
        @Schema(required = true) Ref author,
        LocalDate dueDate,
        @Schema(required = true) boolean done,
        Instant doneAt,

        @Schema(required = true, description = "Carried over, still open, from the previous occurrence")
        boolean carriedOver,

        @Schema(required = true, description = "Carried on to the next occurrence, where the live copy is")
        boolean carriedForward,

        @Schema(required = true) int version) {}
