package app.cairn.feedback.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The requests created: one per person asked")
public record FeedbackRequestsCreated(
        @Schema(required = true) UUID groupId,
        @Schema(required = true) List<FeedbackRequestResponse> items) {}
