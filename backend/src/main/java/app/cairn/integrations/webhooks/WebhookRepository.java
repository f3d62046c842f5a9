package app.cairn.integrations.webhooks;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public PageResponse<Webhook> list(UUID orgId, PageQuery page) {
        var items = find("orgId = ?1 order by createdAt desc, id", orgId)
                .page(page.page, page.size)
                .list();
        return new PageResponse<>(items, page.page, page.size, count("orgId", orgId));
    }

    public Optional<Webhook> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }
}
