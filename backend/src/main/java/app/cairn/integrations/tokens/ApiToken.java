package app.cairn.integrations.tokens;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bearer token for the API acting as a person or service account, narrowed to its scopes. */
@Entity
@Table(name = "api_tokens")
public class ApiToken extends TenantEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    public String name;

    /** The first characters of the secret, to recognise the token in lists. */
    @Column(updatable = false)
    public String prefix;

    /** SHA-256 of the secret; the secret itself is shown once and never stored. */
    @Column(name = "secret_hash", updatable = false)
    public String secretHash;

    /** Space-separated `area:read|write`. */
    public String scopes;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "last_used_from")
    public String lastUsedFrom;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;
}
