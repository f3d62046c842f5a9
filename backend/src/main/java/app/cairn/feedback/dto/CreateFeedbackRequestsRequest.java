package app.cairn.feedback.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ask one or more people for feedback about yourself or, as a manager, about a report")
public record CreateFeedbackRequestsRequest(
        @Schema(description = "Who the feedback is about: you (default) or someone below you")
        UUID subjectId,

        @Schema(required = true, description = "The people asked (1 to 10), not the subject")
        @NotNull(message = "is required")
        @Size(min = 1, max = 10, message = "must name 1 to 10 people")
        List<@NotNull(message = "must not be null") UUID> responderIds,

        @Schema(description = "The question; required unless templateId names a prompt template")
        @Size(max = FeedbackLimits.PROMPT, message = "must be at most 2000 characters")
        String prompt,

        @Schema(description = "A prompt template whose text is used when no prompt is given")
        UUID templateId,

        @Schema(description = "The day an answer is due, in the asker's calendar; today or later")
        LocalDate dueOn) {}
