package app.cairn.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One sign-in of one person on one device. Access tokens name it (`sid`) and stop working when it is
 * revoked; its refresh tokens ({@link RefreshToken}) keep it alive up to {@link #expiresAt}.
 */
@Entity
@Table(name = "auth_sessions")
public class SignInSession {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "org_id", nullable = false, updatable = false)
    public UUID orgId;

    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "refreshed_at", nullable = false)
    public Instant refreshedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_reason")
    public String revokedReason;

    public boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
