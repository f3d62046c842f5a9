package app.cairn.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The audit of an overall rating change: who, when, from, to and why. Never changed or deleted. */
@Entity
@Table(name = "review_rating_changes")
public class RatingChange {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "org_id", updatable = false)
    public UUID orgId;

    @Column(name = "review_id", updatable = false)
    public UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public RatingChangeKind kind;

    @Column(name = "actor_id", updatable = false)
    public UUID actorId;

    @Column(name = "from_rating", updatable = false)
    public BigDecimal fromRating;

    @Column(name = "to_rating", updatable = false)
    public BigDecimal toRating;

    @Column(updatable = false)
    public String reason;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
