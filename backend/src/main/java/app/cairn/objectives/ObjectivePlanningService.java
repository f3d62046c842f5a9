package app.cairn.objectives;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.web.PageQuery;
import app.cairn.objectives.ObjectiveQueries.Filter;
import app.cairn.objectives.dto.CascadeRequest;
import app.cairn.objectives.dto.CopyRequest;
import app.cairn.objectives.dto.ObjectiveSummary;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A manager's planning tools: cascade an objective to reports as aligned drafts they own, and copy
 * objectives into another period as drafts (key results restart from their start value; the parent
 * is kept only when its period covers the new one).
 */
@ApplicationScoped
public class ObjectivePlanningService {

    private final ObjectiveService service;
    private final ObjectiveRules rules;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final ObjectiveQueries queries;
    private final ObjectiveAccess access;
    private final ProgressRollup rollup;
    private final PersonRepository people;
    private final PeriodRepository periods;
    private final DomainEvents events;

    public ObjectivePlanningService(
            ObjectiveService service,
            ObjectiveRules rules,
            ObjectiveRepository objectives,
            KeyResultRepository keyResults,
            ObjectiveQueries queries,
            ObjectiveAccess access,
            ProgressRollup rollup,
            PersonRepository people,
            PeriodRepository periods,
            DomainEvents events) {
        this.service = service;
        this.rules = rules;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.queries = queries;
        this.access = access;
        this.rollup = rollup;
        this.people = people;
        this.periods = periods;
        this.events = events;
    }

    /** Creates one aligned draft per person, each owned by them, below the source objective. */
    @Transactional
    public List<ObjectiveSummary> cascade(UUID id, CascadeRequest request) {
        if (!access.isAdmin() && people.countActiveReports(access.me()) == 0) {
            throw ApiException.forbidden("Only managers (to their reports) and admins cascade objectives.");
        }
        Objective source = service.findVisible(id);
        if (source.isEnded()) {
            throw ApiException.conflict("This objective has ended: cascade from an active one.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Person> owners = new ArrayList<>();
        for (int i = 0; i < request.ownerIds().size(); i++) {
            UUID ownerId = request.ownerIds().get(i);
            Person owner = ownerId == null
                    ? null
                    : people.findInOrg(access.orgId(), ownerId)
                            .filter(p -> p.active)
                            .orElse(null);
            if (owner == null) {
                errors.add(new FieldError("ownerIds[" + i + "]", "is not an active person of this organization"));
            } else if (!access.isAdmin() && !access.manages(owner.id)) {
                errors.add(new FieldError("ownerIds[" + i + "]", "is not one of your reports"));
            } else if (owners.stream().anyMatch(p -> p.id.equals(owner.id))) {
                errors.add(new FieldError("ownerIds[" + i + "]", "is named twice"));
            } else {
                owners.add(owner);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<UUID> created = new ArrayList<>();
        for (Person owner : owners) {
            Objective child = new Objective();
            child.orgId = access.orgId();
            child.authorId = access.me();
            child.periodId = source.periodId;
            child.parentId = source.id;
            child.level = ObjectiveLevel.INDIVIDUAL;
            child.ownerId = owner.id;
            child.teamId = owner.teamId;
            child.title = request.title() == null || request.title().isBlank()
                    ? source.title
                    : request.title().trim();
            child.description = source.description;
            child.visibility = source.visibility;
            child.dueDate = source.dueDate;
            objectives.persist(child);
            events.publish(EventTypes.OBJECTIVE_CREATED, child.orgId, child.id, access.me());
            rollup.changed(child.id);
            created.add(child.id);
        }
        return queries.list(access, Filter.ofIds(created), PageQuery.of(0, 200)).items();
    }

    /** Copies objectives into another period as drafts; key results restart from their start value. */
    @Transactional
    public List<ObjectiveSummary> copy(CopyRequest request) {
        Period target = periods.findInOrg(access.orgId(), request.periodId())
                .orElseThrow(() -> ApiException.invalid("periodId", "is not a period of this organization"));
        List<FieldError> errors = new ArrayList<>();
        List<Objective> sources = new ArrayList<>();
        for (int i = 0; i < request.objectiveIds().size(); i++) {
            UUID id = request.objectiveIds().get(i);
            Objective source = id == null
                    ? null
                    : objectives
                            .findInOrg(access.orgId(), id)
                            .filter(access::canView)
                            .orElse(null);
            if (source == null) {
                errors.add(new FieldError("objectiveIds[" + i + "]", "is not an objective you can see"));
            } else if (!rules.mayWriteFor(source.level, source.ownerId)) {
                errors.add(new FieldError("objectiveIds[" + i + "]", "belongs to someone you cannot plan for"));
            } else {
                sources.add(source);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<UUID> created = new ArrayList<>();
        for (Objective source : sources) {
            Objective copy = new Objective();
            copy.orgId = access.orgId();
            copy.authorId = access.me();
            copy.periodId = target.id;
            copy.level = source.level;
            copy.ownerId = source.ownerId;
            copy.teamId = source.teamId;
            copy.title = source.title;
            copy.description = source.description;
            copy.weight = source.weight;
            copy.visibility = source.visibility;
            copy.parentId = alignedParentIn(source, target);
            objectives.persist(copy);
            events.publish(EventTypes.OBJECTIVE_CREATED, copy.orgId, copy.id, access.me());
            for (KeyResult kr : keyResults.forObjective(source.id)) {
                KeyResult fresh = new KeyResult();
                fresh.orgId = copy.orgId;
                fresh.objectiveId = copy.id;
                fresh.title = kr.title;
                fresh.kind = kr.kind;
                fresh.startValue = kr.startValue;
                fresh.targetValue = kr.targetValue;
                fresh.currentValue = kr.startValue;
                fresh.unit = kr.unit;
                fresh.weight = kr.weight;
                fresh.position = kr.position;
                keyResults.persist(fresh);
            }
            rollup.changed(copy.id);
            created.add(copy.id);
        }
        return queries.list(access, Filter.ofIds(created), PageQuery.of(0, 200)).items();
    }

    /** A copied objective keeps its parent only when that parent's period covers the new one. */
    private UUID alignedParentIn(Objective source, Period target) {
        if (source.parentId == null) {
            return null;
        }
        Objective parent = objectives.findById(source.parentId);
        Period parentPeriod = periods.findById(parent.periodId);
        boolean covers =
                !parentPeriod.startDate.isAfter(target.startDate) && !parentPeriod.endDate.isBefore(target.endDate);
        return covers && !parent.isEnded() ? parent.id : null;
    }
}
