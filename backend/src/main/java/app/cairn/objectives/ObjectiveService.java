package app.cairn.objectives;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.objectives.ObjectiveQueries.Filter;
import app.cairn.objectives.dto.CascadeRequest;
import app.cairn.objectives.dto.CommentRequest;
import app.cairn.objectives.dto.CommentResponse;
import app.cairn.objectives.dto.CopyRequest;
import app.cairn.objectives.dto.ObjectiveRequest;
import app.cairn.objectives.dto.ObjectiveResponse;
import app.cairn.objectives.dto.ObjectiveResponse.Alignment;
import app.cairn.objectives.dto.ObjectiveSummary;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Objectives: writes with their rules, the draft → active workflow, and the manager tools. */
@ApplicationScoped
public class ObjectiveService {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final ObjectiveCommentRepository comments;
    private final ObjectiveQueries queries;
    private final ObjectiveMapper mapper;
    private final ObjectiveAccess access;
    private final ProgressRollup rollup;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final PeriodRepository periods;
    private final Clock clock;
    private final DomainEvents events;

    public ObjectiveService(
            ObjectiveRepository objectives,
            KeyResultRepository keyResults,
            ObjectiveCommentRepository comments,
            ObjectiveQueries queries,
            ObjectiveMapper mapper,
            ObjectiveAccess access,
            ProgressRollup rollup,
            PersonRepository people,
            TeamRepository teams,
            PeriodRepository periods,
            Clock clock,
            DomainEvents events) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.comments = comments;
        this.queries = queries;
        this.mapper = mapper;
        this.access = access;
        this.rollup = rollup;
        this.people = people;
        this.teams = teams;
        this.periods = periods;
        this.clock = clock;
        this.events = events;
    }

    public PageResponse<ObjectiveSummary> list(Filter filter, PageQuery page) {
        return queries.list(access, filter, page);
    }

    public ObjectiveResponse get(UUID id) {
        return mapper.toResponse(findVisible(id), access);
    }

    /** The response after a write: progress and timestamps re-read, as the roll-up wrote them in SQL. */
    private ObjectiveResponse respond(Objective objective) {
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
        checkMayWriteFor(request.level(), ownerId);
        Period period = periods.findInOrg(access.orgId(), request.periodId()).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        validate(request, ownerId, period, null, errors);
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
        if (request.parentId() == null && objective.parentId != null && !parentVisible(objective)) {
            // the editor cannot see (so cannot send) the current parent: an update keeps it
            request = request.withParentId(objective.parentId);
        }
        UUID ownerId = request.ownerId() == null ? objective.ownerId : request.ownerId();
        if (!ownerId.equals(objective.ownerId) || request.level() != objective.level) {
            checkMayWriteFor(request.level(), ownerId);
        }
        Period period = periods.findInOrg(access.orgId(), request.periodId()).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        validate(request, ownerId, period, objective, errors);
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
    private void announceAlignment(Objective objective, UUID formerParent) {
        if (objective.parentId != null && !objective.parentId.equals(formerParent)) {
            events.publish(
                    EventTypes.OBJECTIVE_ALIGNED,
                    objective.orgId,
                    objective.id,
                    access.me(),
                    Map.of("parentId", objective.parentId));
        }
    }

    @Transactional
    public ObjectiveResponse propose(UUID id, Integer version) {
        Objective objective = current(findVisible(id), version);
        requireStatus(objective, ObjectiveStatus.DRAFT, "Only a draft can be proposed.");
        if (!access.me().equals(objective.ownerId)) {
            throw ApiException.forbidden("Only the owner proposes their objective.");
        }
        if (objective.proposedAt != null) {
            throw ApiException.conflict("This objective is already proposed and waits for agreement.");
        }
        objective.proposedAt = clock.instant();
        objective.returnComment = null;
        events.publish(EventTypes.OBJECTIVE_PROPOSED, objective.orgId, objective.id, access.me());
        return respond(objective);
    }

    @Transactional
    public ObjectiveResponse approve(UUID id, Integer version) {
        Objective objective = current(findVisible(id), version);
        requireStatus(objective, ObjectiveStatus.DRAFT, "Only a draft can be agreed.");
        if (!access.canApprove(objective)) {
            throw ApiException.forbidden("Only the owner's manager or an admin agrees this objective.");
        }
        objective.status = ObjectiveStatus.ACTIVE;
        objective.proposedAt = null;
        objective.returnComment = null;
        rollup.changed(objective.id);
        events.publish(EventTypes.OBJECTIVE_AGREED, objective.orgId, objective.id, access.me());
        announceAlignment(objective, null); // a draft may have been out of the parent owner's sight
        statusChanged(objective, ObjectiveStatus.DRAFT);
        return respond(objective);
    }

    @Transactional
    public ObjectiveResponse returnDraft(UUID id, String comment, Integer version) {
        Objective objective = current(findVisible(id), version);
        requireStatus(objective, ObjectiveStatus.DRAFT, "Only a draft can be returned.");
        if (!access.canApprove(objective) || access.me().equals(objective.ownerId)) {
            throw ApiException.forbidden("Only the owner's manager or an admin returns this objective.");
        }
        objective.proposedAt = null;
        objective.returnComment = comment.trim();
        events.publish(EventTypes.OBJECTIVE_RETURNED, objective.orgId, objective.id, access.me());
        return respond(objective);
    }

    @Transactional
    public ObjectiveResponse complete(UUID id, Integer version) {
        Objective objective = current(findEditable(id), version);
        requireStatus(objective, ObjectiveStatus.ACTIVE, "Only an active objective can be completed.");
        return end(objective, ObjectiveStatus.COMPLETED);
    }

    @Transactional
    public ObjectiveResponse cancel(UUID id, Integer version) {
        Objective objective = current(findEditable(id), version);
        if (objective.status != ObjectiveStatus.DRAFT && objective.status != ObjectiveStatus.ACTIVE) {
            throw ApiException.conflict("Only a draft or active objective can be cancelled.");
        }
        return end(objective, ObjectiveStatus.CANCELLED);
    }

    @Transactional
    public ObjectiveResponse archive(UUID id, Integer version) {
        Objective objective = current(findVisible(id), version);
        if (objective.status == ObjectiveStatus.ARCHIVED) {
            throw ApiException.conflict("This objective is already archived.");
        }
        if (!access.canEdit(objective)) {
            throw ApiException.forbidden("You may read this objective but not change it.");
        }
        return end(objective, ObjectiveStatus.ARCHIVED);
    }

    private ObjectiveResponse end(Objective objective, ObjectiveStatus status) {
        ObjectiveStatus from = objective.status;
        objective.status = status;
        objective.proposedAt = null;
        rollup.changed(objective.id);
        statusChanged(objective, from);
        return respond(objective);
    }

    private void statusChanged(Objective objective, ObjectiveStatus from) {
        events.publish(
                EventTypes.OBJECTIVE_STATUS_CHANGED,
                objective.orgId,
                objective.id,
                access.me(),
                Map.of("from", from.name(), "to", objective.status.name()));
    }

    /** A completed or cancelled objective becomes ACTIVE again; its check-ins and history stay. */
    @Transactional
    public ObjectiveResponse reopen(UUID id, Integer version) {
        Objective objective = current(findVisible(id), version);
        if (objective.status != ObjectiveStatus.COMPLETED && objective.status != ObjectiveStatus.CANCELLED) {
            throw ApiException.conflict("Only a completed or cancelled objective can be reopened.");
        }
        if (!access.canRestore(objective)) {
            throw ApiException.forbidden("Only the owner's manager or an admin reopens this objective.");
        }
        ObjectiveStatus from = objective.status;
        objective.status = ObjectiveStatus.ACTIVE;
        rollup.changed(objective.id);
        statusChanged(objective, from);
        return respond(objective);
    }

    /** An archived objective returns to the status it had before it was archived (from its history). */
    @Transactional
    public ObjectiveResponse unarchive(UUID id, Integer version) {
        Objective objective = current(findVisible(id), version);
        requireStatus(objective, ObjectiveStatus.ARCHIVED, "Only an archived objective can be unarchived.");
        if (!access.canRestore(objective)) {
            throw ApiException.forbidden("Only the owner's manager or an admin unarchives this objective.");
        }
        objective.status = queries.statusBeforeArchive(objective.id);
        rollup.changed(objective.id);
        statusChanged(objective, ObjectiveStatus.ARCHIVED);
        return respond(objective);
    }

    /** The objective, if `version` is the one it has now: a workflow action on a stale read is a 409. */
    private static Objective current(Objective objective, Integer version) {
        Versions.check(version, objective.version, "This objective");
        return objective;
    }

    /** Creates one aligned draft per person, each owned by them, below the source objective. */
    @Transactional
    public List<ObjectiveSummary> cascade(UUID id, CascadeRequest request) {
        if (!access.isAdmin() && people.countActiveReports(access.me()) == 0) {
            throw ApiException.forbidden("Only managers (to their reports) and admins cascade objectives.");
        }
        Objective source = findVisible(id);
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
            } else if (!mayWriteFor(source.level, source.ownerId)) {
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

    public PageResponse<CommentResponse> comments(UUID id, PageQuery page) {
        Objective objective = findVisible(id);
        List<CommentResponse> items = comments
                .getEntityManager()
                .createQuery(
                        "select c, p.name from ObjectiveComment c join Person p on p.id = c.authorId"
                                + " where c.objectiveId = :o order by c.createdAt, c.id",
                        Object[].class)
                .setParameter("o", objective.id)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList()
                .stream()
                .map(row -> toResponse((ObjectiveComment) row[0], (String) row[1]))
                .toList();
        return new PageResponse<>(items, page.page, page.size, comments.count("objectiveId", objective.id));
    }

    @Transactional
    public CommentResponse addComment(UUID id, CommentRequest request) {
        Objective objective = findVisible(id);
        ObjectiveComment comment = new ObjectiveComment();
        comment.orgId = objective.orgId;
        comment.objectiveId = objective.id;
        comment.authorId = access.me();
        comment.body = request.body().trim();
        comment.createdAt = clock.instant();
        comments.persist(comment);
        events.publish(
                EventTypes.OBJECTIVE_COMMENTED,
                objective.orgId,
                objective.id,
                access.me(),
                java.util.Map.of("commentId", comment.id));
        return toResponse(comment, access.caller().name);
    }

    private static CommentResponse toResponse(ObjectiveComment comment, String authorName) {
        return new CommentResponse(comment.id, new Ref(comment.authorId, authorName), comment.body, comment.createdAt);
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

    private void checkMayWriteFor(ObjectiveLevel level, UUID ownerId) {
        if (level == ObjectiveLevel.COMPANY && !access.isAdmin()) {
            throw ApiException.forbidden("Only admins set company objectives.");
        }
        if (!mayWriteFor(level, ownerId)) {
            throw ApiException.forbidden("You may plan objectives only for yourself and the people you manage.");
        }
    }

    private boolean mayWriteFor(ObjectiveLevel level, UUID ownerId) {
        if (level == ObjectiveLevel.COMPANY) {
            return access.isAdmin();
        }
        return ownerId.equals(access.me()) || access.isAdmin() || access.manages(ownerId);
    }

    private boolean parentVisible(Objective objective) {
        return objectives
                .findByIdOptional(objective.parentId)
                .filter(access::canView)
                .isPresent();
    }

    /** Checks a create (`existing` null) or an update of `existing` against every rule. */
    private void validate(
            ObjectiveRequest request, UUID ownerId, Period period, Objective existing, List<FieldError> errors) {
        if (period == null) {
            errors.add(new FieldError("periodId", "is not a period of this organization"));
        }
        if (people.findInOrg(access.orgId(), ownerId).filter(p -> p.active).isEmpty()) {
            errors.add(new FieldError("ownerId", "is not an active person of this organization"));
        }
        if (request.teamId() != null
                && teams.findInOrg(access.orgId(), request.teamId()).isEmpty()) {
            errors.add(new FieldError("teamId", "is not a team of this organization"));
        }
        validateParent(request, period, existing, errors);
        if (period != null) {
            if (request.startDate() != null && !period.contains(request.startDate())) {
                errors.add(new FieldError(
                        "startDate", "must be within the period (" + period.startDate + " to " + period.endDate + ")"));
            }
            if (request.dueDate() != null && !period.contains(request.dueDate())) {
                errors.add(new FieldError(
                        "dueDate", "must be within the period (" + period.startDate + " to " + period.endDate + ")"));
            }
        }
        if (request.startDate() != null
                && request.dueDate() != null
                && request.dueDate().isBefore(request.startDate())) {
            errors.add(new FieldError("dueDate", "must be on or after the start date"));
        }
    }

    private void validateParent(ObjectiveRequest request, Period period, Objective existing, List<FieldError> errors) {
        if (request.parentId() == null) {
            return;
        }
        if (request.level() == ObjectiveLevel.COMPANY) {
            errors.add(new FieldError("parentId", "must be empty: company objectives do not align to a parent"));
            return;
        }
        UUID selfId = existing == null ? null : existing.id;
        if (existing != null && request.parentId().equals(existing.parentId) && !parentVisible(existing)) {
            return; // an unchanged alignment to a parent the editor cannot see
        }
        Objective parent = objectives
                .findInOrg(access.orgId(), request.parentId())
                .filter(access::canView)
                .orElse(null);
        if (parent == null) {
            errors.add(new FieldError("parentId", "is not an objective of this organization that you can see"));
        } else if (parent.status == ObjectiveStatus.ARCHIVED || parent.status == ObjectiveStatus.CANCELLED) {
            errors.add(new FieldError(
                    "parentId", "is " + parent.status.name().toLowerCase() + ": align to a live objective"));
        } else if (request.level() == ObjectiveLevel.TEAM && parent.level == ObjectiveLevel.INDIVIDUAL) {
            errors.add(new FieldError(
                    "parentId", "is an individual objective: a team objective aligns to a company or team objective"));
        } else if (selfId != null && queries.isSelfOrDescendant(selfId, parent.id)) {
            errors.add(new FieldError("parentId", "would create a cycle: it is this objective or aligned below it"));
        } else if (period != null) {
            Period parentPeriod = periods.findById(parent.periodId);
            boolean overlaps =
                    !parentPeriod.startDate.isAfter(period.endDate) && !parentPeriod.endDate.isBefore(period.startDate);
            if (!overlaps) {
                errors.add(new FieldError(
                        "parentId", "belongs to a period (" + parentPeriod.name + ") that does not overlap this one"));
            }
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

    private static void requireStatus(Objective objective, ObjectiveStatus status, String message) {
        if (objective.status != status) {
            throw ApiException.conflict(message);
        }
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
