package app.cairn.sessions;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A topic on a session's shared agenda. Undiscussed ones carry over to the next occurrence. */
@Entity
@Table(name = "session_agenda_items")
public class AgendaItem extends TenantEntity {

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "author_id")
    public UUID authorId;

    public String title;

    public int position;

    public boolean discussed;

    @Column(name = "carried_over")
    public boolean carriedOver;

    @Column(name = "carried_from_id")
    public UUID carriedFromId;
}
