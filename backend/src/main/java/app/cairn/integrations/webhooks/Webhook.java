package app.cairn.integrations.webhooks;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An organization's subscription of an HTTPS endpoint to event types of the catalogue. */
@Entity
@Table(name = "webhooks")
public class Webhook extends TenantEntity {

    public String url;

    public String description;

    /** Space-separated event types. */
    @Column(name = "event_types")
    public String eventTypes;

    public boolean enabled = true;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    public List<String> eventTypeList() {
        return Arrays.stream(eventTypes.split(" ")).filter(s -> !s.isEmpty()).toList();
    }
}
