package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.CompanyValueRequest;
import app.cairn.feedback.dto.CompanyValueResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Company values: everyone reads them; admins define, reorder, archive and delete unused ones. */
@ApplicationScoped
public class CompanyValueService {

    private final CompanyValueRepository values;
    private final CurrentUser currentUser;

    public CompanyValueService(CompanyValueRepository values, CurrentUser currentUser) {
        this.values = values;
        this.currentUser = currentUser;
    }

    public PageResponse<CompanyValueResponse> list(boolean includeArchived, PageQuery page) {
        var query = values.find(
                "orgId = ?1" + (includeArchived ? "" : " and archived = false") + " order by position, lower(name), id",
                currentUser.orgId());
        long total = query.count();
        return new PageResponse<>(
                query.page(page.page, page.size).list().stream()
                        .map(CompanyValueService::toResponse)
                        .toList(),
                page.page,
                page.size,
                total);
    }

    @Transactional
    public CompanyValueResponse create(CompanyValueRequest request) {
        requireAdmin();
        CompanyValue value = new CompanyValue();
        value.orgId = currentUser.orgId();
        apply(value, request);
        values.persist(value);
        values.flush();
        return toResponse(value);
    }

    @Transactional
    public CompanyValueResponse update(UUID id, CompanyValueRequest request) {
        requireAdmin();
        CompanyValue value = find(id);
        Versions.check(request.version(), value.version, "This value");
        apply(value, request);
        values.flush();
        return toResponse(value);
    }

    @Transactional
    public void delete(UUID id) {
        requireAdmin();
        CompanyValue value = find(id);
        Number uses = (Number) values.getEntityManager()
                .createNativeQuery("select count(*) from feedback_values where value_id = :id")
                .setParameter("id", id)
                .getSingleResult();
        if (uses.longValue() > 0) {
            throw ApiException.conflict("This value is on " + uses
                    + " pieces of feedback and stays on them: archive it instead (`archived: true`).");
        }
        values.delete(value);
    }

    /** The organization's values with these ids, all offered now; else a 400 on `field`. */
    public List<CompanyValue> offered(Collection<UUID> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<CompanyValue> found = values.list("orgId = ?1 and id in ?2", currentUser.orgId(), ids);
        if (found.size() != ids.size() || found.stream().anyMatch(v -> v.archived)) {
            throw ApiException.invalid(field, "must name values your organization offers now");
        }
        return found;
    }

    private CompanyValue find(UUID id) {
        return values.find("orgId = ?1 and id = ?2", currentUser.orgId(), id)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("The value"));
    }

    private void apply(CompanyValue value, CompanyValueRequest request) {
        String name = request.name().trim();
        boolean taken = values.count(
                        "orgId = ?1 and lower(name) = ?2 and id <> ?3",
                        currentUser.orgId(),
                        name.toLowerCase(Locale.ROOT),
                        value.id)
                > 0;
        if (taken) {
            throw ApiException.conflict("name", "another value already has this name");
        }
        value.name = name;
        value.description =
                request.description() == null || request.description().isBlank()
                        ? null
                        : request.description().trim();
        value.archived = Boolean.TRUE.equals(request.archived());
        value.position = request.position() == null ? value.position : request.position();
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins define the company values.");
        }
    }

    static CompanyValueResponse toResponse(CompanyValue v) {
        return new CompanyValueResponse(v.id, v.name, v.description, v.archived, v.position, v.version);
    }
}
