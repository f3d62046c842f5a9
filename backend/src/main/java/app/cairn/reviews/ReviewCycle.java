package app.cairn.reviews;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An appraisal or 360 run by HR: a template, a period, participants and the deadline of each step. */
@Entity
@Table(name = "review_cycles")
public class ReviewCycle extends TenantEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public CycleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "appraisal_type")
    public AppraisalType appraisalType;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "period_id")
    public UUID periodId;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_scope")
    public ParticipantScope participantScope;

    @Column(name = "participant_team_id")
    public UUID participantTeamId;

    /** JSON list of person ids, for {@link ParticipantScope#LIST}. */
    @Column(name = "participant_ids")
    public String participantIds = "[]";

    @Column(name = "self_review_due")
    public Instant selfReviewDue;

    @Column(name = "nominations_due")
    public Instant nominationsDue;

    @Column(name = "peer_answers_due")
    public Instant peerAnswersDue;

    @Column(name = "manager_review_due")
    public Instant managerReviewDue;

    @Column(name = "sign_off_due")
    public Instant signOffDue;

    @Column(name = "min_peers")
    public int minPeers = 3;

    @Column(name = "max_peers")
    public int maxPeers = 8;

    public boolean calibration = true;

    @Column(name = "skip_level_sign_off")
    public boolean skipLevelSignOff;

    /** When the reviewee sees the peer summary. */
    @Enumerated(EnumType.STRING)
    @Column(name = "peer_summary_release")
    public PeerSummaryRelease peerSummaryRelease = PeerSummaryRelease.WHEN_SHARED;

    @Enumerated(EnumType.STRING)
    public CycleState state = CycleState.DRAFT;

    @Column(name = "launched_at")
    public Instant launchedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    public boolean isPeerCycle() {
        return kind == CycleKind.THREE_SIXTY;
    }
}
