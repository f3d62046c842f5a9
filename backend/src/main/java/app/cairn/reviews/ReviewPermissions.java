package app.cairn.reviews;

import app.cairn.reviews.dto.ReviewResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * What the caller may do to a review, in one place: write their part (until its deadline, while
 * the cycle runs), nominate and approve peers, override the calculated rating, calibrate, share,
 * acknowledge and sign off. The API refuses what these say no to; the SPA shows only what they
 * allow. Who the caller is to the review is {@link ReviewAccess}'s.
 */
@ApplicationScoped
public class ReviewPermissions {

    private final ReviewAccess access;
    private final Clock clock;

    public ReviewPermissions(ReviewAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** Shares the review with the reviewee: its manager (or an admin) before calibration, calibrators in it. */
    public boolean canShare(ReviewContext context) {
        Review review = context.review();
        if (review.managerSubmittedAt == null || access.isReviewee(review)) {
            return false;
        }
        return switch (review.state) {
            case MANAGER_REVIEW -> access.isManager(review) || access.isAdmin();
            case CALIBRATION -> access.canCalibrate(review);
            default -> false;
        };
    }

    /** Signs the review off: the skip level named at launch, or an admin when there is none. */
    public boolean canSignOff(Review review) {
        if (access.isReviewee(review)) {
            return false;
        }
        return review.skipLevelId == null ? access.isAdmin() : access.me().equals(review.skipLevelId);
    }

    /** Everything the caller may do now, given whether their self-review is in and their peer part's status. */
    public ReviewResponse.Permissions of(ReviewContext context, boolean selfSubmitted, String myPeer) {
        Review r = context.review();
        ReviewCycle c = context.cycle();
        boolean reviewee = access.isReviewee(r);
        boolean manager = access.isManager(r);
        boolean peer = access.isPeer(r);
        boolean insider = access.isInsider(r);
        boolean active = c.state == CycleState.ACTIVE;
        Instant now = clock.instant();
        return new ReviewResponse.Permissions(
                reviewee
                        && active
                        && r.state == ReviewState.SELF_REVIEW
                        && !now.isAfter(c.selfReviewDue)
                        && !selfSubmitted,
                manager
                        && active
                        && r.state.compareTo(ReviewState.MANAGER_REVIEW) <= 0
                        && r.managerSubmittedAt == null
                        && !now.isAfter(c.managerReviewDue),
                peer
                        && active
                        && r.state.compareTo(ReviewState.CALIBRATION) < 0
                        && c.peerAnswersDue != null
                        && !now.isAfter(c.peerAnswersDue)
                        && !ReviewAnswerService.SUBMITTED.equals(myPeer),
                reviewee
                        && active
                        && c.isPeerCycle()
                        && r.nominationsState != NominationsState.APPROVED
                        && c.nominationsDue != null
                        && !now.isAfter(c.nominationsDue),
                manager
                        && active
                        && c.isPeerCycle()
                        && r.nominationsState != NominationsState.APPROVED
                        && c.peerAnswersDue != null
                        && !now.isAfter(c.peerAnswersDue),
                manager && active && r.managerSubmittedAt != null && !r.isShared(),
                access.canCalibrate(r) && active && r.state == ReviewState.CALIBRATION,
                canShare(context),
                reviewee && r.state == ReviewState.SHARED,
                c.skipLevelSignOff && r.state == ReviewState.ACKNOWLEDGED && canSignOff(r),
                insider,
                insider && c.isPeerCycle());
    }
}
