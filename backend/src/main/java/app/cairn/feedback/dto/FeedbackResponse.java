package app.cairn.feedback.dto;

import app.cairn.common.web.Ref;
import app.cairn.feedback.FeedbackVisibility;
import app.cairn.feedback.Reaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Feedback or praise. When the caller only knows that it exists (an admin, for feedback"
                + " they may not read), contentVisible is false and the text, values and links are empty.")
public record FeedbackResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Ref giver,
        @Schema(required = true) Ref recipient,
        @Schema(required = true) FeedbackVisibility visibility,

        @Schema(required = true, description = "Public praise (visibility PUBLIC)")
        boolean praise,

        @Schema(required = true) Instant createdAt,

        @Schema(required = true, description = "The caller may read the text")
        boolean contentVisible,

        @Schema(description = "The giver's Markdown source; plain text, never to be inserted as HTML")
        String body,

        @Schema(description = "The text as sanitized HTML, safe to insert into a page")
        String bodyHtml,

        @Schema(required = true) List<Ref> values,

        @Schema(description = "The objective it is about, when the caller may see it")
        Ref objective,

        @Schema(description = "The 1:1 it is about, when the caller took part in it")
        LinkedSession session,

        @Schema(description = "The review cycle it is for, when the caller may see it")
        Ref cycle,

        @Schema(description = "The request it answers") AnswerOf inAnswerTo,

        @Schema(required = true, description = "Reactions on public praise, one entry per kind used")
        List<ReactionCount> reactions) {

    @Schema(description = "A 1:1 feedback refers to")
    public record LinkedSession(
            @Schema(required = true) UUID id,
            String title,
            @Schema(required = true) Instant startsAt) {}

    @Schema(description = "The request a piece of feedback answers")
    public record AnswerOf(
            @Schema(required = true) UUID requestId,
            @Schema(required = true) Ref requester,
            @Schema(required = true) String prompt) {}

    @Schema(description = "How many people reacted with one kind of reaction, and whether the caller did")
    public record ReactionCount(
            @Schema(required = true) Reaction reaction,
            @Schema(required = true) long count,
            @Schema(required = true) boolean mine) {}
}
