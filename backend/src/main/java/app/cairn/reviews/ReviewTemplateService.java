package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.people.PersonRepository;
import app.cairn.reviews.dto.ScalePoint;
import app.cairn.reviews.dto.TemplateQuestion;
import app.cairn.reviews.dto.TemplateRequest;
import app.cairn.reviews.dto.TemplateResponse;
import app.cairn.reviews.dto.TemplateSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Templates: admins write them, admins and managers read them. A template used by a launched cycle
 * is frozen so that no answer ever points at a changed or missing question: copy it instead.
 */
@ApplicationScoped
public class ReviewTemplateService {

    private static final Map<String, String> SORTS = Map.of("name", "name", "updatedAt", "updatedAt");

    private final ReviewTemplateRepository templates;
    private final ReviewCycleRepository cycles;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final ReviewJson json;

    public ReviewTemplateService(
            ReviewTemplateRepository templates,
            ReviewCycleRepository cycles,
            PersonRepository people,
            CurrentUser currentUser,
            ReviewJson json) {
        this.templates = templates;
        this.cycles = cycles;
        this.people = people;
        this.currentUser = currentUser;
        this.json = json;
    }

    public PageResponse<TemplateResponse> list(PageQuery page) {
        requireReader();
        var query = templates
                .find("orgId = ?1" + page.orderBy(SORTS, "name", "id"), currentUser.orgId())
                .page(page.page, page.size);
        List<ReviewTemplate> rows = query.list();
        Set<UUID> used = rows.isEmpty()
                ? Set.of()
                : Set.copyOf(cycles.getEntityManager()
                        .createQuery(
                                "select distinct c.templateId from ReviewCycle c where c.templateId in :ids"
                                        + " and c.state <> :draft",
                                UUID.class)
                        .setParameter("ids", rows.stream().map(t -> t.id).toList())
                        .setParameter("draft", CycleState.DRAFT)
                        .getResultList());
        return new PageResponse<>(
                rows.stream().map(t -> toResponse(t, used.contains(t.id))).toList(),
                page.page,
                page.size,
                query.count());
    }

    public TemplateResponse get(UUID id) {
        requireReader();
        return toResponse(find(id));
    }

    @Transactional
    public TemplateResponse create(TemplateRequest request) {
        requireAdmin();
        ReviewTemplate template = new ReviewTemplate();
        template.orgId = currentUser.orgId();
        apply(template, request);
        templates.persist(template);
        templates.flush();
        return toResponse(template);
    }

    @Transactional
    public TemplateResponse update(UUID id, TemplateRequest request) {
        requireAdmin();
        ReviewTemplate template = find(id);
        Versions.check(request.version(), template.version, "This template");
        if (inUse(template.id)) {
            throw ApiException.conflict(
                    "This template is used by a launched cycle, so its questions cannot change: copy it and edit the copy.");
        }
        apply(template, request);
        templates.flush();
        return toResponse(template);
    }

    @Transactional
    public TemplateResponse copy(UUID id) {
        requireAdmin();
        ReviewTemplate source = find(id);
        ReviewTemplate copy = new ReviewTemplate();
        copy.orgId = source.orgId;
        copy.name = (source.name.length() > 190 ? source.name.substring(0, 190) : source.name) + " (copy)";
        copy.description = source.description;
        copy.scale = source.scale;
        copy.allowNotRated = source.allowNotRated;
        copy.sections = source.sections;
        templates.persist(copy);
        templates.flush();
        return toResponse(copy);
    }

    @Transactional
    public void delete(UUID id) {
        requireAdmin();
        ReviewTemplate template = find(id);
        if (cycles.count("templateId", template.id) > 0) {
            throw ApiException.conflict("This template is used by a cycle: it cannot be deleted.");
        }
        templates.delete(template);
    }

    ReviewTemplate find(UUID id) {
        return templates
                .find("orgId = ?1 and id = ?2", currentUser.orgId(), id)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("The template"));
    }

    boolean inUse(UUID templateId) {
        return cycles.count("templateId = ?1 and state <> ?2", templateId, CycleState.DRAFT) > 0;
    }

    private void requireReader() {
        if (!currentUser.isAdmin() && people.countActiveReports(currentUser.id()) == 0) {
            throw ApiException.forbidden("Only admins and managers read review templates.");
        }
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins change review templates.");
        }
    }

    private void apply(ReviewTemplate template, TemplateRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<ScalePoint> scale = request.scale();
        for (int i = 1; i < scale.size(); i++) {
            if (scale.get(i).value() <= scale.get(i - 1).value()) {
                errors.add(new FieldError("scale[" + i + "].value", "must be greater than the point before it"));
            }
        }
        Set<UUID> ids = new HashSet<>();
        List<TemplateSection> sections = new ArrayList<>();
        for (int s = 0; s < request.sections().size(); s++) {
            TemplateSection section = request.sections().get(s);
            List<TemplateQuestion> questions = new ArrayList<>();
            for (int q = 0; q < section.questions().size(); q++) {
                TemplateQuestion question = section.questions().get(q);
                String field = "sections[" + s + "].questions[" + q + "]";
                UUID qid = question.id() == null ? UUID.randomUUID() : question.id();
                if (!ids.add(qid)) {
                    errors.add(new FieldError(field + ".id", "is used by another question"));
                }
                if (question.kind() == QuestionKind.OBJECTIVES
                        && question.roles().contains(ReviewRole.PEER)) {
                    errors.add(new FieldError(
                            field + ".roles",
                            "objectives questions are answered by the reviewee and the manager only"));
                }
                questions.add(new TemplateQuestion(
                        qid,
                        question.kind(),
                        question.text().trim(),
                        blankToNull(question.help()),
                        question.roles().stream().distinct().sorted().toList(),
                        question.required(),
                        question.kind() == QuestionKind.TEXT
                                ? null
                                : (question.weight() == null ? BigDecimal.ONE : question.weight())));
            }
            UUID sid = section.id() == null ? UUID.randomUUID() : section.id();
            sections.add(
                    new TemplateSection(sid, section.title().trim(), blankToNull(section.description()), questions));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        template.name = request.name().trim();
        template.description = blankToNull(request.description());
        template.scale = json.write(scale.stream()
                .map(p -> new ScalePoint(p.value(), p.label().trim()))
                .toList());
        template.allowNotRated = request.allowNotRated() == null || request.allowNotRated();
        template.sections = json.write(sections);
    }

    TemplateResponse toResponse(ReviewTemplate t) {
        return toResponse(t, inUse(t.id));
    }

    private TemplateResponse toResponse(ReviewTemplate t, boolean inUse) {
        return new TemplateResponse(
                t.id,
                t.name,
                t.description,
                json.scale(t.scale),
                t.allowNotRated,
                json.sections(t.sections),
                inUse,
                t.version,
                t.createdAt,
                t.updatedAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
