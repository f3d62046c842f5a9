package app.cairn.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use link sent by e-mail, by its SHA-256: confirm an email, reset or set a password. */
@Entity
@Table(name = "account_tokens")
public class AccountToken {

    public enum Purpose {
        /** A new organization's admin confirms their email. */
        VERIFY_EMAIL,
        /** "Forgot your password": choose a new one. */
        RESET_PASSWORD,
        /** An admin invited this person: confirm the email and choose a first password. */
        INVITE
    }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @Column(name = "org_id", nullable = false, updatable = false)
    public UUID orgId;

    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Purpose purpose;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
