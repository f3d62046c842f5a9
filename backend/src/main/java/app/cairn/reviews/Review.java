package app.cairn.reviews;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One reviewee's review in a cycle, with the reporting line as it was at launch. */
@Entity
@Table(name = "reviews")
public class Review extends TenantEntity {

    @Column(name = "cycle_id")
    public UUID cycleId;

    @Column(name = "reviewee_id")
    public UUID revieweeId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "skip_level_id")
    public UUID skipLevelId;

    @Column(name = "team_id")
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    public ReviewState state = ReviewState.SELF_REVIEW;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominations_state")
    public NominationsState nominationsState = NominationsState.OPEN;

    /** The formula's result over the manager's submitted answers. */
    @Column(name = "provisional_rating")
    public BigDecimal provisionalRating;

    /** The rating that counts: the formula's, or the last override or calibration. */
    @Column(name = "overall_rating")
    public BigDecimal overallRating;

    @Column(name = "manager_submitted_at")
    public Instant managerSubmittedAt;

    @Column(name = "shared_at")
    public Instant sharedAt;

    @Column(name = "shared_by")
    public UUID sharedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledgement_comment")
    public String acknowledgementComment;

    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    @Column(name = "signed_off_by")
    public UUID signedOffBy;

    public boolean isShared() {
        return state.compareTo(ReviewState.SHARED) >= 0;
    }
}
