package app.cairn.feedback;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** A note from a giver to a recipient; public feedback is praise. FeedbackAccess says who reads it. */
@Entity
@Table(name = "feedback")
public class Feedback extends TenantEntity {

    @Column(name = "giver_id")
    public UUID giverId;

    @Column(name = "recipient_id")
    public UUID recipientId;

    /** The giver's Markdown source; only {@link FeedbackMarkdown} turns it into HTML. */
    public String body;

    @Enumerated(EnumType.STRING)
    public FeedbackVisibility visibility;

    @Column(name = "objective_id")
    public UUID objectiveId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "cycle_id")
    public UUID cycleId;

    /** The request this feedback answers, if any. */
    @Column(name = "request_id")
    public UUID requestId;

    /** Who asked for it (the request's requester): they always read the answer. */
    @Column(name = "requester_id")
    public UUID requesterId;

    public boolean isPraise() {
        return visibility == FeedbackVisibility.PUBLIC;
    }
}
