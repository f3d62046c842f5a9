package app.cairn.reviews.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A draft of the caller's answers in one role; replaces the previous draft")
public record AnswersRequest(
        @Schema(
                examples = "[{\"questionId\": \"6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c\", \"rating\": 4, \"text\":"
                        + " \"Erin shipped the canary stage ahead of plan and mentored two new joiners.\"},"
                        + " {\"questionId\": \"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e\", \"objectiveRatings\":"
                        + " [{\"objectiveId\": \"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e\", \"rating\": 5}]}]")
        @NotNull(message = "is required")
        @Size(max = 500, message = "must have at most 500 answers")
        List<@Valid Answer> answers,

        @Schema(description = "The version you loaded; leave out for the first save", examples = "1")
        Integer version) {}
