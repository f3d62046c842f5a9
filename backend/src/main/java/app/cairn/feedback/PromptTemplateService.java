package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.PromptTemplateRequest;
import app.cairn.feedback.dto.PromptTemplateResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Prompt templates for feedback requests and the compose form: everyone uses them, admins write them. */
@ApplicationScoped
public class PromptTemplateService {

    private final PromptTemplateRepository templates;
    private final CurrentUser currentUser;

    public PromptTemplateService(PromptTemplateRepository templates, CurrentUser currentUser) {
        this.templates = templates;
        this.currentUser = currentUser;
    }

    public PageResponse<PromptTemplateResponse> list(PageQuery page) {
        var query = templates.find("orgId = ?1 order by lower(name), id", currentUser.orgId());
        long total = query.count();
        return new PageResponse<>(
                query.page(page.page, page.size).list().stream()
                        .map(PromptTemplateService::toResponse)
                        .toList(),
                page.page,
                page.size,
                total);
    }

    @Transactional
    public PromptTemplateResponse create(PromptTemplateRequest request) {
        requireAdmin();
        PromptTemplate template = new PromptTemplate();
        template.orgId = currentUser.orgId();
        template.name = request.name().trim();
        template.prompt = request.prompt().trim();
        templates.persist(template);
        templates.flush();
        return toResponse(template);
    }

    @Transactional
    public PromptTemplateResponse update(UUID id, PromptTemplateRequest request) {
        requireAdmin();
        PromptTemplate template = find(id);
        Versions.check(request.version(), template.version, "This template");
        template.name = request.name().trim();
        template.prompt = request.prompt().trim();
        templates.flush();
        return toResponse(template);
    }

    @Transactional
    public void delete(UUID id) {
        requireAdmin();
        templates.delete(find(id));
    }

    /** One of the organization's templates, for a request that names it; else a 400 on `field`. */
    public PromptTemplate forRequest(UUID id, String field) {
        return templates
                .find("orgId = ?1 and id = ?2", currentUser.orgId(), id)
                .firstResultOptional()
                .orElseThrow(
                        () -> ApiException.invalid(field, "must name one of your organization's prompt templates"));
    }

    private PromptTemplate find(UUID id) {
        return templates
                .find("orgId = ?1 and id = ?2", currentUser.orgId(), id)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("The prompt template"));
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins write the organization's prompt templates.");
        }
    }

    static PromptTemplateResponse toResponse(PromptTemplate t) {
        return new PromptTemplateResponse(t.id, t.name, t.prompt, t.version);
    }
}
