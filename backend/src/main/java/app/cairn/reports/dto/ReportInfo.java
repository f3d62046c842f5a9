package app.cairn.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report the caller may open. */
@Schema(description = "A report the caller may open")
public record ReportInfo(
        @Schema(required = true, description = "Its slug in /reports/{slug}")
        String slug,

        @Schema(required = true) String title,
        @Schema(required = true) String description) {}
