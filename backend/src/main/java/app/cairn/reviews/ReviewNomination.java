package app.cairn.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A peer asked to answer the peer questions of a 360 review. */
@Entity
@Table(name = "review_nominations")
public class ReviewNomination {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "org_id", updatable = false)
    public UUID orgId;

    @Column(name = "review_id", updatable = false)
    public UUID reviewId;

    @Column(name = "peer_id", updatable = false)
    public UUID peerId;

    @Column(name = "nominated_by", updatable = false)
    public UUID nominatedBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
