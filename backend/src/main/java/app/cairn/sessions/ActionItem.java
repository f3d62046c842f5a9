package app.cairn.sessions;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something a participant agreed to do. Open ones carry over to the next occurrence. */
@Entity
@Table(name = "session_action_items")
public class ActionItem extends TenantEntity {

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    public String title;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public boolean done;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "carried_over")
    public boolean carriedOver;

    @Column(name = "carried_from_id")
    public UUID carriedFromId;

    @Column(name = "carried_to_id")
    public UUID carriedToId;
}
