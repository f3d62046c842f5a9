package app.cairn.reminders.dto;

import app.cairn.common.web.Ref;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who \"Remind now\" would remind on an active cycle, and of what")
public record RemindPreview(
        @Schema(required = true, description = "Each late person once, by name")
        List<LatePerson> people) {

    @Schema(description = "A person with an open part of the cycle")
    public record LatePerson(
            @Schema(required = true) Ref person,

            @Schema(required = true, description = "What they have to write: \"self review\", \"review of Erin\"")
            List<String> parts) {}
}
