package app.cairn.reviews.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A draft of the caller's answers in one role; replaces the previous draft")
public record AnswersRequest(
        @NotNull(message = "is required") @Size(max = 500, message = "must have at most 500 answers")
        List<@Valid Answer> answers,

        @Schema(description = "The version you loaded; leave out for the first save")
        Integer version) {}
