package app.cairn.checkins;

import app.cairn.objectives.Health;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A progress update on an objective or one of its key results. Never changed or deleted: check-ins
 * are the performance history, and a correction is a new check-in.
 */
@Entity
@Table(name = "check_ins")
public class CheckIn {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "org_id", updatable = false)
    public UUID orgId;

    @Column(name = "objective_id", updatable = false)
    public UUID objectiveId;

    @Column(name = "key_result_id", updatable = false)
    public UUID keyResultId;

    /** The key result's title when the check-in was made (it may be renamed or removed later). */
    @Column(name = "key_result_title", updatable = false)
    public String keyResultTitle;

    @Column(name = "author_id", updatable = false)
    public UUID authorId;

    /** The key result's new value, for key result check-ins. */
    @Column(updatable = false)
    public BigDecimal value;

    /** The checked-in target's progress after this check-in (key result or objective). */
    @Column(updatable = false)
    public BigDecimal progress;

    /** The objective's progress after this check-in. */
    @Column(name = "objective_progress", updatable = false)
    public BigDecimal objectiveProgress;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Health health;

    @Column(updatable = false)
    public Integer confidence;

    @Column(updatable = false)
    public String comment;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
