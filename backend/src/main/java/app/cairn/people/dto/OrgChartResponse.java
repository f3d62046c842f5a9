package app.cairn.people.dto;

import app.cairn.common.web.Ref;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every active person with their manager, to draw the reporting lines")
public record OrgChartResponse(@Schema(required = true) List<Node> nodes) {

    @Schema(name = "OrgChartNode")
    public record Node(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            String title,

            @Schema(description = "Null for the top of the chart")
            UUID managerId,

            Ref team) {}
}
