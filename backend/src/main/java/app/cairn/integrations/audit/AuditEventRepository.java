package app.cairn.integrations.audit;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    public record Filter(UUID actorId, String action, String resourceType, UUID resourceId, Instant from, Instant to) {}

    public PageResponse<AuditEvent> search(UUID orgId, Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder("orgId = :org");
        Parameters params = Parameters.with("org", orgId);
        if (filter.actorId() != null) {
            where.append(" and actorId = :actor");
            params.and("actor", filter.actorId());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and action like :action");
            params.and("action", filter.action().trim().replace("%", "") + "%");
        }
        if (filter.resourceType() != null && !filter.resourceType().isBlank()) {
            where.append(" and resourceType = :type");
            params.and("type", filter.resourceType().trim());
        }
        if (filter.resourceId() != null) {
            where.append(" and resourceId = :resource");
            params.and("resource", filter.resourceId());
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and occurredAt < :to");
            params.and("to", filter.to());
        }
        var query = find(where.toString(), Sort.descending("occurredAt").and("id", Sort.Direction.Descending), params);
        return new PageResponse<>(query.page(page.page, page.size).list(), page.page, page.size, query.count());
    }

    public long deleteBefore(Instant cutoff) {
        return delete("occurredAt < ?1", cutoff);
    }
}
