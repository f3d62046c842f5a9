package app.cairn.tasks.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's to-do inbox: a page of tasks (overdue first, then by due time) and counts per kind")
public record TaskList(
        @Schema(required = true) List<TaskResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total,

        @Schema(required = true, description = "Per kind, only kinds with tasks")
        List<TaskCount> counts) {}
