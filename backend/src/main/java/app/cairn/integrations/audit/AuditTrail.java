package app.cairn.integrations.audit;

import app.cairn.common.security.CurrentUser;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Makes the audit log cover every successful write through the API: when no service described the
 * write ({@link AuditLog#record}), this records the operation, the resource its path or Location
 * names, the actor and the client, right after the response (the business transaction has
 * committed by then; a failure here is logged, never turned into an error for the caller).
 */
public class AuditTrail {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final AuditLog log;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    public AuditTrail(AuditLog log, CurrentUser currentUser, EntityManager entityManager) {
        this.log = log;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null
                || !WRITES.contains(request.getMethod())
                || response.getStatus() >= 300
                || method.isAnnotationPresent(PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(PermitAll.class)
                || log.recorded()) {
            return;
        }
        try {
            AuditEvent event = log.newEvent(currentUser.person(), currentUser.token());
            Operation operation = method.getAnnotation(Operation.class);
            event.action = operation != null && !operation.operationId().isEmpty()
                    ? operation.operationId()
                    : method.getName();
            String path = request.getUriInfo().getPath();
            event.resourceType = resourceType(path);
            Object location = response.getHeaders().getFirst("Location");
            event.resourceId = lastId(location == null ? path : location.toString());
            event.summary = request.getMethod() + " " + path;
            QuarkusTransaction.requiringNew().run(() -> entityManager.persist(event));
        } catch (RuntimeException e) {
            Log.warnf(
                    e,
                    "Could not record the audit event of %s %s",
                    request.getMethod(),
                    request.getUriInfo().getPath());
        }
    }

    private static String resourceType(String path) {
        String trimmed = path.replaceFirst("^/?(api/v1/)?", "");
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }

    private static UUID lastId(String text) {
        Matcher matcher = UUID_PATTERN.matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group();
        }
        return last == null ? null : UUID.fromString(last);
    }
}
