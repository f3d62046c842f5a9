package app.cairn.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The notes both participants of a session write together: one document per session. */
@Entity
@Table(name = "session_shared_notes")
public class SharedNotes {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "org_id", updatable = false)
    public UUID orgId;

    public String body;

    @Column(name = "updated_by")
    public UUID updatedBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
