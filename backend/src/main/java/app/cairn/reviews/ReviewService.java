package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.reviews.dto.ReviewResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * The last steps of a review: sharing (manager without calibration; admins and skip levels after
 * calibration), the reviewee's acknowledgement, and the skip-level sign-off when the cycle asks for
 * it. Who may take each step is {@link ReviewPermissions}'; lists are {@link ReviewListQuery}.
 */
@ApplicationScoped
public class ReviewService {

    private final ReviewLoader loader;
    private final ReviewAccess access;
    private final ReviewPermissions permissions;
    private final ReviewView view;
    private final ReviewRepository reviews;
    private final Clock clock;
    private final DomainEvents events;

    public ReviewService(
            ReviewLoader loader,
            ReviewAccess access,
            ReviewPermissions permissions,
            ReviewView view,
            ReviewRepository reviews,
            Clock clock,
            DomainEvents events) {
        this.loader = loader;
        this.access = access;
        this.permissions = permissions;
        this.view = view;
        this.reviews = reviews;
        this.clock = clock;
        this.events = events;
    }

    public ReviewResponse get(UUID id) {
        return view.of(loader.visible(id));
    }

    @Transactional
    public ReviewResponse share(UUID id, Integer version) {
        ReviewContext context = loader.forUpdate(id);
        Review review = context.review();
        if (!permissions.canShare(context)) {
            if (access.isInsider(review) && !access.isReviewee(review)) {
                if (review.managerSubmittedAt == null || review.isShared()) {
                    throw ApiException.conflict(
                            "Only a review whose manager review is in, and not yet shared, can be shared.");
                }
                throw ApiException.forbidden(
                        review.state == ReviewState.CALIBRATION
                                ? "This review is in calibration: admins and the manager's managers share it."
                                : "Only the manager or an admin shares this review.");
            }
            throw ApiException.forbidden("You may not share this review.");
        }
        Versions.check(version, review.version, "This review");
        review.state = ReviewState.SHARED;
        review.sharedAt = clock.instant();
        review.sharedBy = access.me();
        reviews.flush();
        events.publish(EventTypes.REVIEW_SHARED, review.orgId, review.id, access.me());
        return view.of(context);
    }

    @Transactional
    public ReviewResponse acknowledge(UUID id, String comment, Integer version) {
        ReviewContext context = loader.forUpdate(id);
        Review review = context.review();
        if (!access.isReviewee(review)) {
            throw ApiException.forbidden("Only the reviewee acknowledges their review.");
        }
        Versions.check(version, review.version, "This review");
        if (review.state != ReviewState.SHARED) {
            throw ApiException.conflict(
                    review.isShared()
                            ? "You acknowledged this review already."
                            : "This review has not been shared with you yet.");
        }
        review.state = ReviewState.ACKNOWLEDGED;
        review.acknowledgedAt = clock.instant();
        review.acknowledgementComment = comment == null || comment.isBlank() ? null : comment.trim();
        events.publish(EventTypes.REVIEW_ACKNOWLEDGED, review.orgId, review.id, access.me());
        reviews.flush();
        return view.of(context);
    }

    @Transactional
    public ReviewResponse signOff(UUID id, Integer version) {
        ReviewContext context = loader.forUpdate(id);
        Review review = context.review();
        if (!permissions.canSignOff(review)) {
            throw ApiException.forbidden("Only the manager's manager signs this review off.");
        }
        Versions.check(version, review.version, "This review");
        if (!context.cycle().skipLevelSignOff) {
            throw ApiException.conflict("This cycle does not ask for a skip-level sign-off.");
        }
        if (review.state != ReviewState.ACKNOWLEDGED) {
            throw ApiException.conflict("Sign off after the reviewee has acknowledged the review.");
        }
        review.state = ReviewState.SIGNED_OFF;
        review.signedOffAt = clock.instant();
        review.signedOffBy = access.me();
        reviews.flush();
        return view.of(context);
    }
}
