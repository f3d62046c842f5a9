package app.cairn.integrations.webhooks;

import app.cairn.common.outbox.OutboxConsumer;
import app.cairn.common.outbox.OutboxEvent;
import app.cairn.integrations.IntegrationsConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox consumer of webhooks: for a domain event that some enabled webhook of its organization
 * subscribes to, it writes the message (the exact body that will be signed) and one delivery per
 * subscribed webhook, in the outbox's transaction, so each (message, webhook) exists exactly once.
 * {@link WebhookDispatcher} sends them.
 */
@ApplicationScoped
public class WebhookFanout implements OutboxConsumer {

    private final EntityManager em;
    private final WebhookPayloads payloads;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookDispatcher dispatcher;
    private final IntegrationsConfig.Webhooks config;
    private final Clock clock;

    public WebhookFanout(
            EntityManager em,
            WebhookPayloads payloads,
            ObjectMapper mapper,
            TransactionSynchronizationRegistry transactions,
            WebhookDispatcher dispatcher,
            IntegrationsConfig config,
            Clock clock) {
        this.em = em;
        this.payloads = payloads;
        this.mapper = mapper;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.config = config.webhooks();
        this.clock = clock;
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public boolean accepts(String type) {
        return WebhookPayloads.SOURCE_TYPES.contains(type);
    }

    @Override
    public void handle(OutboxEvent event) throws JsonProcessingException {
        if (event.orgId() == null || !anySubscriber(event)) {
            return;
        }
        Optional<WebhookPayloads.Built> built = payloads.build(event);
        if (built.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", built.get().type());
        body.put("timestamp", event.createdAt().toString());
        body.put("data", built.get().data());
        OffsetDateTime occurred = OffsetDateTime.ofInstant(event.createdAt(), ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        em.createNativeQuery("""
                        insert into webhook_messages (id, org_id, type, subject_id, body, occurred_at)
                        values (:id, :org, :type, :subject, :body, :occurred)
                        on conflict (id) do nothing
                        """)
                .setParameter("id", event.id())
                .setParameter("org", event.orgId())
                .setParameter("type", built.get().type())
                .setParameter("subject", built.get().subjectId())
                .setParameter("body", mapper.writeValueAsString(body))
                .setParameter("occurred", occurred)
                .executeUpdate();
        int deliveries = em.createNativeQuery("""
                        insert into webhook_deliveries (id, org_id, webhook_id, message_id, subject_id, occurred_at,
                                                        seq, retry_until, next_attempt_at, created_at)
                        select gen_random_uuid(), w.org_id, w.id, m.id, m.subject_id, m.occurred_at, m.seq,
                               :until, :now, :now
                          from webhooks w join webhook_messages m on m.id = :id
                         where w.org_id = :org and w.enabled
                           and (' ' || w.event_types || ' ') like ('% ' || m.type || ' %')
                        on conflict (message_id, webhook_id) do nothing
                        """)
                .setParameter("id", event.id())
                .setParameter("org", event.orgId())
                .setParameter("now", now)
                .setParameter("until", now.plus(config.retryFor()))
                .executeUpdate();
        if (deliveries > 0) {
            wakeAfterCommit();
        }
    }

    /** A cheap look before reading the subject: most events have no subscriber. */
    private boolean anySubscriber(OutboxEvent event) {
        String type = event.type().equals(app.cairn.common.outbox.EventTypes.FEEDBACK_RECEIVED)
                ? "%given%"
                : "% " + event.type() + " %";
        return !em.createNativeQuery("select 1 from webhooks where org_id = :org and enabled"
                        + " and (' ' || event_types || ' ') like :type limit 1")
                .setParameter("org", event.orgId())
                .setParameter("type", type)
                .getResultList()
                .isEmpty();
    }

    private void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }
}
