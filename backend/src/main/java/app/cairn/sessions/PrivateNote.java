package app.cairn.sessions;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A participant's own note on a session: only its author ever reads it. */
@Entity
@Table(name = "session_private_notes")
public class PrivateNote extends TenantEntity {

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "author_id")
    public UUID authorId;

    public String body;
}
