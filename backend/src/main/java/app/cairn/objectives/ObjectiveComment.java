package app.cairn.objectives;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment in an objective's discussion. Comments are kept as written. */
@Entity
@Table(name = "objective_comments")
public class ObjectiveComment {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "org_id", updatable = false)
    public UUID orgId;

    @Column(name = "objective_id", updatable = false)
    public UUID objectiveId;

    @Column(name = "author_id", updatable = false)
    public UUID authorId;

    public String body;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
