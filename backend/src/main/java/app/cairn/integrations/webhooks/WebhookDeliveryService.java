package app.cairn.integrations.webhooks;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.SqlValues;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.IntegrationsConfig;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.webhooks.dto.WebhookDeliveryResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The delivery log of a webhook (newest first) and manual redelivery. */
@ApplicationScoped
public class WebhookDeliveryService {

    private static final String COLUMNS = "d.id, d.message_id, m.type, d.subject_id, d.status, d.attempts,"
            + " d.last_attempt_at, d.next_attempt_at, d.last_http_status, d.last_latency_ms, d.last_response,"
            + " d.last_error, d.delivered_at, d.created_at";

    private final EntityManager em;
    private final WebhookService webhooks;
    private final WebhookDispatcher dispatcher;
    private final AuditLog audit;
    private final IntegrationsConfig.Webhooks config;
    private final Clock clock;

    public WebhookDeliveryService(
            EntityManager em,
            WebhookService webhooks,
            WebhookDispatcher dispatcher,
            AuditLog audit,
            IntegrationsConfig config,
            Clock clock) {
        this.em = em;
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.config = config.webhooks();
        this.clock = clock;
    }

    public PageResponse<WebhookDeliveryResponse> list(UUID webhookId, String status, PageQuery page) {
        Webhook webhook = webhooks.find(webhookId);
        String filter = status == null ? "" : " and d.status = :status";
        var query = em.createNativeQuery("select " + COLUMNS
                        + " from webhook_deliveries d join webhook_messages m on m.id = d.message_id"
                        + " where d.webhook_id = :webhook" + filter
                        + " order by d.created_at desc, d.seq desc, d.id")
                .setParameter("webhook", webhook.id)
                .setFirstResult(page.offset())
                .setMaxResults(page.size);
        var count = em.createNativeQuery(
                        "select count(*) from webhook_deliveries d where d.webhook_id = :webhook" + filter)
                .setParameter("webhook", webhook.id);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageResponse<>(
                rows.stream().map(WebhookDeliveryService::toResponse).toList(), page.page, page.size, total);
    }

    /** Sends the message again now, with a fresh retry window; a pending one is just made due. */
    @Transactional
    public WebhookDeliveryResponse redeliver(UUID webhookId, UUID deliveryId) {
        Webhook webhook = webhooks.find(webhookId);
        if (!webhook.enabled) {
            throw ApiException.conflict("This webhook is disabled: enable it first.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int updated = em.createNativeQuery("""
                        update webhook_deliveries
                           set status = 'PENDING', next_attempt_at = :now, retry_until = :until
                         where id = :id and webhook_id = :webhook
                           and (locked_until is null or locked_until < :now)
                        """)
                .setParameter("now", now)
                .setParameter("until", now.plus(config.retryFor()))
                .setParameter("id", deliveryId)
                .setParameter("webhook", webhook.id)
                .executeUpdate();
        WebhookDeliveryResponse delivery = find(webhook.id, deliveryId);
        if (updated == 0) {
            throw ApiException.conflict("This delivery is being attempted right now: try again in a moment.");
        }
        audit.record(
                "webhook.redelivered", "webhooks", webhook.id, delivery.eventType() + " " + delivery.messageId(), null);
        afterCommitWake();
        return delivery;
    }

    private WebhookDeliveryResponse find(UUID webhookId, UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                        + " from webhook_deliveries d join webhook_messages m on m.id = d.message_id"
                        + " where d.webhook_id = :webhook and d.id = :id")
                .setParameter("webhook", webhookId)
                .setParameter("id", deliveryId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(WebhookDeliveryService::toResponse)
                .orElseThrow(() -> ApiException.notFound("Delivery " + deliveryId));
    }

    private void afterCommitWake() {
        jakarta.transaction.TransactionSynchronizationRegistry registry = io.quarkus.arc.Arc.container()
                .instance(jakarta.transaction.TransactionSynchronizationRegistry.class)
                .get();
        registry.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }

    private static WebhookDeliveryResponse toResponse(Object[] r) {
        return new WebhookDeliveryResponse(
                (UUID) r[0],
                (UUID) r[1],
                (String) r[2],
                (UUID) r[3],
                (String) r[4],
                ((Number) r[5]).intValue(),
                instant(r[6]),
                "PENDING".equals(r[4]) ? instant(r[7]) : null,
                r[8] == null ? null : ((Number) r[8]).intValue(),
                r[9] == null ? null : ((Number) r[9]).intValue(),
                (String) r[10],
                (String) r[11],
                instant(r[12]),
                instant(r[13]));
    }

    private static java.time.Instant instant(Object value) {
        return value == null ? null : SqlValues.instant(value);
    }
}
