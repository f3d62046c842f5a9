package app.cairn.feedback;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person asked for feedback about the requester or one of the requester's reports. */
@Entity
@Table(name = "feedback_requests")
public class FeedbackRequest extends TenantEntity {

    /** Requests created together (one per person asked) share it. */
    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "requester_id")
    public UUID requesterId;

    /** Who the feedback is about. */
    @Column(name = "subject_id")
    public UUID subjectId;

    /** Who is asked. */
    @Column(name = "responder_id")
    public UUID responderId;

    public String prompt;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public RequestStatus status = RequestStatus.PENDING;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "declined_at")
    public Instant declinedAt;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "reminded_at")
    public Instant remindedAt;
}
