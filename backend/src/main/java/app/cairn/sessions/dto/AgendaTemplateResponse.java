package app.cairn.sessions.dto;

import app.cairn.common.web.Ref;
import app.cairn.sessions.dto.AgendaTemplateRequest.TemplateScope;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agenda template")
public record AgendaTemplateResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) TemplateScope scope,

        @Schema(description = "The person whose own template it is")
        Ref owner,

        @Schema(required = true) List<String> items,

        @Schema(required = true, description = "The caller may change or delete it")
        boolean editable,

        @Schema(required = true) int version) {}
