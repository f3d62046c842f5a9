package app.cairn.integrations.audit.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON page of the audit log as the API document names it (the operation also answers CSV). */
@Schema(name = "PageResponseAuditEventResponse")
public record AuditEventPage(
        @Schema(required = true) List<AuditEventResponse> items,

        @Schema(required = true, description = "The page number, from 0")
        int page,

        @Schema(required = true, description = "The page size asked for")
        int size,

        @Schema(required = true, description = "How many items match in all")
        long total) {}
