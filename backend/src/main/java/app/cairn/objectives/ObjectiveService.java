package app.cairn.objectives;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.objectives.ObjectiveQueries.Filter;
import app.cairn.objectives.dto.ObjectiveRequest;
import app.cairn.objectives.dto.ObjectiveResponse;
import app.cairn.objectives.dto.ObjectiveResponse.Alignment;
import app.cairn.objectives.dto.ObjectiveSummary;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Objectives: the reads as the caller may see them, and creating and editing with their rules
 * ({@link ObjectiveRules}). The workflow is {@link ObjectiveWorkflowService}'s, the planning tools
 * {@link ObjectivePlanningService}'s, the comments {@link ObjectiveCommentService}'s.
 */
@ApplicationScoped
public class ObjectiveService {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final ObjectiveQueries queries;
    private final ObjectiveMapper mapper;
    private final ObjectiveAccess access;
    private final ObjectiveRules rules;
    private final ProgressRollup rollup;
    private final PeriodRepository periods;
    private final DomainEvents events;

    public ObjectiveService(
            ObjectiveRepository objectives,
            KeyResultRepository keyResults,
            ObjectiveQueries queries,
            ObjectiveMapper mapper,
            ObjectiveAccess access,
            ObjectiveRules rules,
            ProgressRollup rollup,
            PeriodRepository periods,
            DomainEvents events) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.queries = queries;
        this.mapper = mapper;
        this.access = access;
        this.rules = rules;
        this.rollup = rollup;
        this.periods = periods;
        this.events = events;
    }

    public PageResponse<ObjectiveSummary> list(Filter filter, PageQuery page) {
        return queries.list(access, filter, page);
    }

    public ObjectiveResponse get(UUID id) {
        return mapper.toResponse(findVisible(id), access);
    }

    /** The response after a write: progress and timestamps re-read, as the roll-up wrote them in SQL. */
    ObjectiveResponse respond(Objective objective) {
        objectives.flush();
        objectives.getEntityManager().refresh(objective);
        return mapper.toResponse(objective, access);
    }

    public Alignment alignment(UUID id) {
        return queries.alignment(access, findVisible(id).id);
    }

    /** The objective if the caller may see it; otherwise the same 404 as a missing one. */
    public Objective findVisible(UUID id) {
        return visible(id).orElseThrow(() -> ApiException.notFound("Objective " + id));
    }

    /** The objective when it is in the caller's organization and they may see it. */
    public Optional<Objective> visible(UUID id) {
        return objectives.findInOrg(access.orgId(), id).filter(access::canView);
    }

    public Objective findEditable(UUID id) {
        Objective objective = findVisible(id);
        if (!access.canEdit(objective)) {
            throw ApiException.forbidden("You may read this objective but not change it.");
        }
        return objective;
    }

    @Transactional
    public ObjectiveResponse create(ObjectiveRequest request) {
        UUID ownerId = request.ownerId() == null ? access.me() : request.ownerId();
        rules.checkMayWriteFor(request.level(), ownerId);
        Period period = periods.findInOrg(access.orgId(), request.periodId()).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        rules.validate(request, ownerId, period, null, errors);
        Objective objective = new Objective();
        objective.orgId = access.orgId();
        objective.authorId = access.me();
        List<KeyResult> krs = new ArrayList<>();
        if (request.keyResults() != null) {
            for (int i = 0; i < request.keyResults().size(); i++) {
                KeyResult kr = new KeyResult();
                try {
                    KeyResultRules.apply(kr, request.keyResults().get(i), "keyResults[" + i + "].", true);
                } catch (ApiException e) {
                    errors.addAll(e.errors());
                }
                kr.position = i;
                krs.add(kr);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        apply(objective, request, ownerId);
        objectives.persist(objective);
        for (KeyResult kr : krs) {
            kr.orgId = objective.orgId;
            kr.objectiveId = objective.id;
            keyResults.persist(kr);
        }
        rollup.changed(objective.id);
        announceAlignment(objective, null);
        events.publish(EventTypes.OBJECTIVE_CREATED, objective.orgId, objective.id, access.me());
        return respond(objective);
    }

    @Transactional
    public ObjectiveResponse update(UUID id, ObjectiveRequest request) {
        Objective objective = findEditable(id);
        Versions.check(request.version(), objective.version, "This objective");
        if (request.parentId() == null && objective.parentId != null && !rules.parentVisible(objective)) {
            // the editor cannot see (so cannot send) the current parent: an update keeps it
            request = request.withParentId(objective.parentId);
        }
        UUID ownerId = request.ownerId() == null ? objective.ownerId : request.ownerId();
        if (!ownerId.equals(objective.ownerId) || request.level() != objective.level) {
            rules.checkMayWriteFor(request.level(), ownerId);
        }
        Period period = periods.findInOrg(access.orgId(), request.periodId()).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        rules.validate(request, ownerId, period, objective, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        UUID formerParent = objective.parentId;
        apply(objective, request, ownerId);
        rollup.changed(objective.id);
        if (!Objects.equals(formerParent, objective.parentId)) {
            rollup.childLeft(formerParent);
        }
        announceAlignment(objective, formerParent);
        events.publish(EventTypes.OBJECTIVE_UPDATED, objective.orgId, objective.id, access.me());
        return respond(objective);
    }

    /**
     * Tells the parent's owner (after commit) that an objective now aligns to theirs; NotificationRules
     * tells them once, and only when they may see it.
     */
    void announceAlignment(Objective objective, UUID formerParent) {
        if (objective.parentId != null && !objective.parentId.equals(formerParent)) {
            events.publish(
                    EventTypes.OBJECTIVE_ALIGNED,
                    objective.orgId,
                    objective.id,
                    access.me(),
                    Map.of("parentId", objective.parentId));
        }
    }

    private static void apply(Objective objective, ObjectiveRequest request, UUID ownerId) {
        objective.title = request.title().trim();
        objective.description = request.description() == null
                        || request.description().isBlank()
                ? null
                : request.description().trim();
        objective.level = request.level();
        objective.periodId = request.periodId();
        objective.ownerId = ownerId;
        objective.teamId = request.teamId();
        objective.parentId = request.parentId();
        objective.weight = request.weight() == null ? BigDecimal.ONE : request.weight();
        objective.visibility = request.visibility() == null ? Visibility.ORGANIZATION : request.visibility();
        objective.startDate = request.startDate();
        objective.dueDate = request.dueDate();
    }

    /** Used by key result endpoints: the objective must be editable and its key results changeable. */
    Objective editableForKeyResults(UUID objectiveId) {
        Objective objective = findEditable(objectiveId);
        if (objective.isEnded()) {
            throw ApiException.conflict("This objective has ended: its key results are kept as they were.");
        }
        return objective;
    }
}
