package app.cairn.objectives;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A goal with an owner in a period. Its parent is the objective it aligns to; following parents
 * leads up to a company goal. Progress is derived (key results, else children, else check-ins) and
 * written by {@link ProgressRollup} only, outside the optimistic version, so that a check-in on a
 * child never makes an edit of the parent stale. For the same reason the columns check-ins own
 * (`health`, `progress`, `manual_progress`, `last_check_in_at`) are never written by an update of
 * this entity: an edit or workflow action that loaded the row before a check-in committed cannot
 * write the old values back.
 */
@Entity
@Table(name = "objectives")
public class Objective extends TenantEntity {

    /** States in which an objective takes no more check-ins. */
    public static final Set<ObjectiveStatus> ENDED =
            EnumSet.of(ObjectiveStatus.COMPLETED, ObjectiveStatus.CANCELLED, ObjectiveStatus.ARCHIVED);

    @Column(name = "period_id")
    public UUID periodId;

    @Column(name = "parent_id")
    public UUID parentId;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public ObjectiveLevel level;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "author_id", updatable = false)
    public UUID authorId;

    public BigDecimal weight = BigDecimal.ONE;

    @Enumerated(EnumType.STRING)
    public ObjectiveStatus status = ObjectiveStatus.DRAFT;

    /** Set by check-ins (native SQL); inserted with the objective, never updated through it. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Health health = Health.ON_TRACK;

    @Column(insertable = false, updatable = false)
    public BigDecimal progress;

    @Enumerated(EnumType.STRING)
    public Visibility visibility = Visibility.ORGANIZATION;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "return_comment")
    public String returnComment;

    @Column(name = "last_check_in_at", insertable = false, updatable = false)
    public Instant lastCheckInAt;

    public boolean isEnded() {
        return ENDED.contains(status);
    }
}
