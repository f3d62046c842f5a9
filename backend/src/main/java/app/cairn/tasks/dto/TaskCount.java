package app.cairn.tasks.dto;

import app.cairn.tasks.TaskKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many tasks of one kind wait, and how many of them are overdue")
public record TaskCount(
        @Schema(required = true) TaskKind kind,
        @Schema(required = true) long count,
        @Schema(required = true) long overdue) {}
