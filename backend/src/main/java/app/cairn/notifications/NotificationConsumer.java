package app.cairn.notifications;

import app.cairn.common.outbox.OutboxConsumer;
import app.cairn.common.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The outbox consumer that turns domain events into notifications: {@link NotificationRules} says who
 * hears of an event and with which words, {@link NotificationWriter} writes them once per event and
 * recipient, honouring preferences.
 */
@ApplicationScoped
public class NotificationConsumer implements OutboxConsumer {

    private final NotificationRules rules;
    private final NotificationWriter writer;

    public NotificationConsumer(NotificationRules rules, NotificationWriter writer) {
        this.rules = rules;
        this.writer = writer;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public boolean accepts(String type) {
        return NotificationRules.TYPES.contains(type);
    }

    @Override
    public void handle(OutboxEvent event) {
        List<NotificationDraft> drafts = rules.draftsFor(event);
        writer.write(event.orgId(), NotificationRules.dedupeKey(event), drafts);
    }
}
