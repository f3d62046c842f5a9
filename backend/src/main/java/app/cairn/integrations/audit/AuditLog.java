package app.cairn.integrations.audit;

import app.cairn.common.security.CurrentUser;
import app.cairn.common.security.TokenCaller;
import app.cairn.people.Person;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes audit events in the caller's (business) transaction, so a rolled-back change leaves no
 * event and a committed one always has its event. It remembers that this request was described, so
 * {@link AuditTrail} does not add a generic event for it.
 */
@RequestScoped
public class AuditLog {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final CurrentVertxRequest request;
    private final Clock clock;
    private boolean recorded;

    public AuditLog(EntityManager entityManager, CurrentUser currentUser, CurrentVertxRequest request, Clock clock) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.request = request;
        this.clock = clock;
    }

    /** Records `action` (e.g. `person.updated`) on a resource, with the changed fields. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, UUID resourceId, String summary, Changes changes) {
        AuditEvent event = newEvent(currentUser.person(), currentUser.token());
        event.action = action;
        event.resourceType = resourceType;
        event.resourceId = resourceId;
        event.summary = summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
        event.changes = changes == null ? null : changes.asJson();
        entityManager.persist(event);
        recorded = true;
    }

    boolean recorded() {
        return recorded;
    }

    AuditEvent newEvent(Person actor, Optional<TokenCaller> token) {
        AuditEvent event = new AuditEvent();
        event.orgId = actor.orgId;
        event.occurredAt = clock.instant();
        event.actorId = actor.id;
        event.actorName = actor.name;
        event.actorKind = token.isEmpty() ? "PERSON" : token.get().serviceAccount() ? "SERVICE_ACCOUNT" : "API_TOKEN";
        event.tokenId = token.map(TokenCaller::tokenId).orElse(null);
        RoutingContext context = request.getCurrent();
        if (context != null) {
            event.clientAddress = context.request().remoteAddress() == null
                    ? null
                    : context.request().remoteAddress().hostAddress();
            event.requestId = RequestIds.of(context);
        }
        return event;
    }
}
