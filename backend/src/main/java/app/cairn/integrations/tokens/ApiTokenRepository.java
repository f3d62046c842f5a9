package app.cairn.integrations.tokens;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public PageResponse<ApiToken> listFor(UUID orgId, UUID personId, PageQuery page) {
        var query = find(
                "orgId = ?1 and personId = ?2", Sort.descending("createdAt").and("id"), orgId, personId);
        return new PageResponse<>(query.page(page.page, page.size).list(), page.page, page.size, query.count());
    }

    public Optional<ApiToken> findFor(UUID orgId, UUID personId, UUID id) {
        return find("orgId = ?1 and personId = ?2 and id = ?3", orgId, personId, id)
                .firstResultOptional();
    }

    public int revokeAllOf(UUID personId, Instant now) {
        return update("revokedAt = ?1 where personId = ?2 and revokedAt is null", now, personId);
    }
}
