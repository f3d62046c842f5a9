package app.cairn.sessions;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.sessions.dto.AgendaTemplateRequest;
import app.cairn.sessions.dto.AgendaTemplateRequest.TemplateScope;
import app.cairn.sessions.dto.AgendaTemplateResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Agenda templates: the organization's standard ones (admins write them, everyone uses them) and
 * each person's own (only they see and use them).
 */
@ApplicationScoped
public class AgendaTemplateService {

    private final AgendaTemplateRepository templates;
    private final SessionAccess access;
    private final SessionMapper mapper;

    public AgendaTemplateService(AgendaTemplateRepository templates, SessionAccess access, SessionMapper mapper) {
        this.templates = templates;
        this.access = access;
        this.mapper = mapper;
    }

    public PageResponse<AgendaTemplateResponse> list(PageQuery page) {
        var query = templates.find(
                "orgId = ?1 and (ownerId is null or ownerId = ?2) order by ownerId nulls first, name, id",
                access.orgId(),
                access.me());
        long total = query.count();
        return new PageResponse<>(
                query.page(page.page, page.size).list().stream()
                        .map(this::toResponse)
                        .toList(),
                page.page,
                page.size,
                total);
    }

    @Transactional
    public AgendaTemplateResponse create(AgendaTemplateRequest request) {
        boolean organization = request.scope() == TemplateScope.ORGANIZATION;
        if (organization && !access.isAdmin()) {
            throw ApiException.forbidden("Only admins write the organization's standard templates.");
        }
        AgendaTemplate template = new AgendaTemplate();
        template.orgId = access.orgId();
        template.ownerId = organization ? null : access.me();
        apply(template, request);
        templates.persist(template);
        templates.flush();
        return toResponse(template);
    }

    @Transactional
    public AgendaTemplateResponse update(UUID id, AgendaTemplateRequest request) {
        AgendaTemplate template = editable(id);
        Versions.check(request.version(), template.version, "This template");
        apply(template, request);
        templates.flush();
        return toResponse(template);
    }

    @Transactional
    public void delete(UUID id) {
        templates.delete(editable(id));
    }

    private AgendaTemplate editable(UUID id) {
        AgendaTemplate template = templates
                .findByIdOptional(id)
                .filter(t -> t.orgId.equals(access.orgId()) && (t.ownerId == null || t.ownerId.equals(access.me())))
                .orElseThrow(() -> ApiException.notFound("Agenda template"));
        if (template.ownerId == null && !access.isAdmin()) {
            throw ApiException.forbidden("Only admins change the organization's standard templates.");
        }
        return template;
    }

    private static void apply(AgendaTemplate template, AgendaTemplateRequest request) {
        template.name = request.name().trim();
        template.items = request.items().stream().map(String::trim).toArray(String[]::new);
    }

    private AgendaTemplateResponse toResponse(AgendaTemplate t) {
        boolean organization = t.ownerId == null;
        return new AgendaTemplateResponse(
                t.id,
                t.name,
                organization ? TemplateScope.ORGANIZATION : TemplateScope.PERSONAL,
                mapper.ref(t.ownerId),
                List.of(t.items),
                !organization || access.isAdmin(),
                t.version);
    }
}
