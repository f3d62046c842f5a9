package app.cairn.integrations.webhooks;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.integrations.webhooks.dto.WebhookRequest;
import app.cairn.integrations.webhooks.dto.WebhookResponse;
import app.cairn.integrations.webhooks.dto.WebhookSecretResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Admins subscribe endpoints to event types; the secret is shown at creation and rotation only. */
@ApplicationScoped
public class WebhookService {

    /** How long a rotated-out secret keeps signing, so receivers can switch without losing messages. */
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    private final WebhookRepository webhooks;
    private final WebhookCatalogue catalogue;
    private final WebhookTargets targets;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public WebhookService(
            WebhookRepository webhooks,
            WebhookCatalogue catalogue,
            WebhookTargets targets,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.webhooks = webhooks;
        this.catalogue = catalogue;
        this.targets = targets;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResponse<WebhookResponse> list(PageQuery page) {
        return webhooks.list(currentUser.orgId(), page).map(WebhookService::toResponse);
    }

    public WebhookResponse get(UUID id) {
        return toResponse(find(id));
    }

    @Transactional
    public WebhookSecretResponse create(WebhookRequest request) {
        List<String> types = catalogue.validate(request.eventTypes());
        String url = checkUrl(request.url());
        Webhook webhook = new Webhook();
        webhook.orgId = currentUser.orgId();
        webhook.url = url;
        webhook.description = blankToNull(request.description());
        webhook.eventTypes = String.join(" ", types);
        webhook.secret = WebhookSigner.newSecret();
        webhook.createdBy = currentUser.id();
        webhooks.persist(webhook);
        webhooks.flush();
        audit.record(
                "webhook.created",
                "webhooks",
                webhook.id,
                webhook.url,
                Changes.of().field("url", null, url).field("eventTypes", null, webhook.eventTypes));
        return new WebhookSecretResponse(toResponse(webhook), webhook.secret);
    }

    @Transactional
    public WebhookResponse update(UUID id, WebhookRequest request) {
        Webhook webhook = find(id);
        Versions.check(request.version(), webhook.version, "This webhook");
        List<String> types = catalogue.validate(request.eventTypes());
        String url = checkUrl(request.url());
        Changes changes = Changes.of()
                .field("url", webhook.url, url)
                .field("eventTypes", webhook.eventTypes, String.join(" ", types))
                .field("description", webhook.description, blankToNull(request.description()));
        webhook.url = url;
        webhook.eventTypes = String.join(" ", types);
        webhook.description = blankToNull(request.description());
        webhooks.flush();
        audit.record("webhook.updated", "webhooks", id, webhook.url, changes);
        return toResponse(webhook);
    }

    /** Deletes the webhook with its delivery log; messages not yet delivered to it are dropped. */
    @Transactional
    public void delete(UUID id) {
        Webhook webhook = find(id);
        webhooks.delete(webhook);
        audit.record("webhook.deleted", "webhooks", id, webhook.url, null);
    }

    @Transactional
    public WebhookResponse setEnabled(UUID id, boolean enabled, Integer version) {
        Webhook webhook = find(id);
        Versions.check(version, webhook.version, "This webhook");
        if (webhook.enabled != enabled) {
            webhook.enabled = enabled;
            webhook.disabledAt = enabled ? null : clock.instant();
            webhook.disabledReason = enabled ? null : "Disabled by an admin";
            webhook.consecutiveFailures = 0;
            webhooks.flush();
            audit.record(
                    enabled ? "webhook.enabled" : "webhook.disabled",
                    "webhooks",
                    id,
                    webhook.url,
                    Changes.of().field("enabled", !enabled, enabled));
        }
        return toResponse(webhook);
    }

    /** A new secret signs from now on; the former one adds a second signature for 24 hours. */
    @Transactional
    public WebhookSecretResponse rotateSecret(UUID id, Integer version) {
        Webhook webhook = find(id);
        Versions.check(version, webhook.version, "This webhook");
        webhook.previousSecret = webhook.secret;
        webhook.previousSecretExpiresAt = clock.instant().plus(ROTATION_OVERLAP);
        webhook.secret = WebhookSigner.newSecret();
        webhooks.flush();
        audit.record(
                "webhook.secret_rotated",
                "webhooks",
                id,
                webhook.url,
                Changes.of().hidden("secret", true));
        return new WebhookSecretResponse(toResponse(webhook), webhook.secret);
    }

    Webhook find(UUID id) {
        return webhooks.findInOrg(currentUser.orgId(), id).orElseThrow(() -> ApiException.notFound("Webhook " + id));
    }

    private String checkUrl(String url) {
        try {
            return targets.check(url).uri().toString();
        } catch (WebhookTargets.Refused e) {
            throw ApiException.invalid("url", e.getMessage());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static WebhookResponse toResponse(Webhook webhook) {
        return new WebhookResponse(
                webhook.id,
                webhook.url,
                webhook.description,
                webhook.eventTypeList(),
                webhook.enabled,
                webhook.disabledAt,
                webhook.disabledReason,
                webhook.secret.substring(0, WebhookSigner.PREFIX.length() + 4) + "…",
                webhook.previousSecretExpiresAt,
                webhook.createdAt,
                webhook.updatedAt,
                webhook.version);
    }
}
