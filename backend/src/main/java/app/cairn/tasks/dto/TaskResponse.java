package app.cairn.tasks.dto;

import app.cairn.tasks.TaskKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One thing waiting for the caller")
public record TaskResponse(
        @Schema(required = true) TaskKind kind,

        @Schema(required = true, description = "What it is about, e.g. the cycle or the person")
        String title,

        @Schema(required = true, description = "The SPA path to open")
        String link,

        @Schema(required = true, description = "The review, objective, session, request… it is about")
        UUID subjectId,

        @Schema(nullable = true, description = "When it is due; a due day ends at midnight in the caller's zone")
        Instant dueAt,

        @Schema(required = true, description = "Past its due time")
        boolean overdue) {}
