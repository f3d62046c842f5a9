package app.cairn.integrations.webhooks;

import app.cairn.integrations.IntegrationsConfig;
import app.cairn.notifications.NotificationDraft;
import app.cairn.notifications.NotificationKind;
import app.cairn.notifications.NotificationWriter;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Counts failed attempts in a row per webhook (a success resets it) and disables a webhook that
 * keeps failing: when a message is given up after its retry window while at least
 * `disable-after-failures` attempts in a row failed. Admins are notified (in the app and by e-mail,
 * as their preferences say). Runs in the transaction that records the attempt.
 */
@ApplicationScoped
public class WebhookFailures {

    private final EntityManager em;
    private final NotificationWriter notifications;
    private final IntegrationsConfig.Webhooks config;
    private final Clock clock;

    public WebhookFailures(EntityManager em, NotificationWriter notifications, IntegrationsConfig config, Clock clock) {
        this.em = em;
        this.notifications = notifications;
        this.config = config.webhooks();
        this.clock = clock;
    }

    public void record(UUID webhookId, UUID orgId, boolean succeeded, boolean givenUp) {
        if (succeeded) {
            em.createNativeQuery(
                            "update webhooks set consecutive_failures = 0 where id = :id and consecutive_failures <> 0")
                    .setParameter("id", webhookId)
                    .executeUpdate();
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update webhooks set consecutive_failures = consecutive_failures + 1"
                        + " where id = :id returning consecutive_failures, enabled, url")
                .setParameter("id", webhookId)
                .getResultList();
        if (rows.isEmpty() || !givenUp) {
            return;
        }
        int inARow = ((Number) rows.get(0)[0]).intValue();
        if (inARow >= config.disableAfterFailures() && Boolean.TRUE.equals(rows.get(0)[1])) {
            disable(webhookId, orgId, (String) rows.get(0)[2], inARow);
        }
    }

    private void disable(UUID webhookId, UUID orgId, String url, int inARow) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String reason = "Disabled after " + inARow + " failed attempts in a row and a message given up after "
                + config.retryFor().toHours() + " h of retries";
        em.createNativeQuery("update webhooks set enabled = false, disabled_at = :now, disabled_reason = :reason,"
                        + " updated_at = :now, version = version + 1 where id = :id")
                .setParameter("now", now)
                .setParameter("reason", reason)
                .setParameter("id", webhookId)
                .executeUpdate();
        Log.warnf("Webhook %s of organization %s disabled: %s", webhookId, orgId, reason);
        @SuppressWarnings("unchecked")
        List<UUID> admins = em.createNativeQuery("select id from people where org_id = :org and active"
                        + " and not service_account and roles like '%ADMIN%'")
                .setParameter("org", orgId)
                .getResultList();
        String title = "A webhook to " + host(url) + " was disabled: its deliveries kept failing";
        List<NotificationDraft> drafts = admins.stream()
                .map(admin -> new NotificationDraft(
                        admin, NotificationKind.WEBHOOK_DISABLED, title, "/admin/webhooks", webhookId, null))
                .toList();
        notifications.write(orgId, "webhook-disabled:" + webhookId + ":" + now.toInstant(), drafts);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
