package app.cairn.people.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of a bulk change")
public record BulkPeopleResponse(
        @Schema(required = true, description = "People the change altered")
        int changed,

        @Schema(required = true, description = "People who had that value already")
        int unchanged,

        @Schema(required = true, description = "Everyone named, as they are now")
        List<PersonResponse> people) {}
