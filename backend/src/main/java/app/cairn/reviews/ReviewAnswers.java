package app.cairn.reviews;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The answers of one author in one role of a review, a draft until submitted. A peer's row names its
 * author only so that they can edit their own draft; no response ever carries a peer row's author.
 */
@Entity
@Table(name = "review_responses")
public class ReviewAnswers extends TenantEntity {

    @Column(name = "review_id")
    public UUID reviewId;

    @Enumerated(EnumType.STRING)
    public ReviewRole role;

    @Column(name = "author_id")
    public UUID authorId;

    /** JSON list of answers. */
    public String answers = "[]";

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public boolean isSubmitted() {
        return submittedAt != null;
    }
}
