package app.cairn.objectives;

import app.cairn.common.error.ApiException;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.objectives.dto.ObjectiveResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The life of an objective after it is written: a draft proposed to the owner's manager, agreed or
 * returned with a comment; completed, cancelled or archived; reopened or unarchived by the owner's
 * manager or an admin. Each step checks the version the caller read (a stale read is a 409),
 * re-computes the roll-up and tells the people concerned after commit (outbox events).
 */
@ApplicationScoped
public class ObjectiveWorkflowService {

    private final ObjectiveService objectives;
    private final ObjectiveQueries queries;
    private final ObjectiveAccess access;
    private final ProgressRollup rollup;
    private final Clock clock;
    private final DomainEvents events;

    public ObjectiveWorkflowService(
            ObjectiveService objectives,
            ObjectiveQueries queries,
            ObjectiveAccess access,
            ProgressRollup rollup,
            Clock clock,
            DomainEvents events) {
        this.objectives = objectives;
        this.queries = queries;
        this.access = access;
        this.rollup = rollup;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public ObjectiveResponse propose(UUID id, Integer version) {
        Objective objective = current(objectives.findVisible(id), version);
        requireStatus(objective, ObjectiveStatus.DRAFT, "Only a draft can be proposed.");
        if (!access.me().equals(objective.ownerId)) {
            throw ApiException.forbidden("Only the owner proposes their objective.");
        }
        if (objective.proposedAt != null) {
            throw ApiException.conflict("This objective is already proposed and waits for agreement.");
        }
        if (access.canApprove(objective)) {
            throw ApiException.conflict("You agree this objective yourself: there is no one to propose it to.");
        }
        objective.proposedAt = clock.instant();
        objective.returnComment = null;
        events.publish(EventTypes.OBJECTIVE_PROPOSED, objective.orgId, objective.id, access.me());
        return objectives.respond(objective);
    }

    @Transactional
    public ObjectiveResponse approve(UUID id, Integer version) {
        Objective objective = current(objectives.findVisible(id), version);
        requireStatus(objective, ObjectiveStatus.DRAFT, "Only a draft can be agreed.");
        if (!access.canApprove(objective)) {
            throw ApiException.forbidden("Only the owner's manager or an admin agrees this objective.");
        }
        objective.status = ObjectiveStatus.ACTIVE;
        objective.proposedAt = null;
        objective.returnComment = null;
        rollup.changed(objective.id);
        events.publish(EventTypes.OBJECTIVE_AGREED, objective.orgId, objective.id, access.me());
        objectives.announceAlignment(objective, null); // a draft may have been out of the parent owner's sight
        statusChanged(objective, ObjectiveStatus.DRAFT);
        return objectives.respond(objective);
    }

    @Transactional
    public ObjectiveResponse returnDraft(UUID id, String comment, Integer version) {
        Objective objective = current(objectives.findVisible(id), version);
        requireStatus(objective, ObjectiveStatus.DRAFT, "Only a draft can be returned.");
        if (!access.canApprove(objective) || access.me().equals(objective.ownerId)) {
            throw ApiException.forbidden("Only the owner's manager or an admin returns this objective.");
        }
        objective.proposedAt = null;
        objective.returnComment = comment.trim();
        events.publish(EventTypes.OBJECTIVE_RETURNED, objective.orgId, objective.id, access.me());
        return objectives.respond(objective);
    }

    @Transactional
    public ObjectiveResponse complete(UUID id, Integer version) {
        Objective objective = current(objectives.findEditable(id), version);
        requireStatus(objective, ObjectiveStatus.ACTIVE, "Only an active objective can be completed.");
        return moveTo(objective, ObjectiveStatus.COMPLETED);
    }

    @Transactional
    public ObjectiveResponse cancel(UUID id, Integer version) {
        Objective objective = current(objectives.findEditable(id), version);
        if (objective.status != ObjectiveStatus.DRAFT && objective.status != ObjectiveStatus.ACTIVE) {
            throw ApiException.conflict("Only a draft or active objective can be cancelled.");
        }
        return moveTo(objective, ObjectiveStatus.CANCELLED);
    }

    @Transactional
    public ObjectiveResponse archive(UUID id, Integer version) {
        Objective objective = current(objectives.findVisible(id), version);
        if (objective.status == ObjectiveStatus.ARCHIVED) {
            throw ApiException.conflict("This objective is already archived.");
        }
        if (!access.canEdit(objective)) {
            throw ApiException.forbidden("You may read this objective but not change it.");
        }
        return moveTo(objective, ObjectiveStatus.ARCHIVED);
    }

    /**
     * Moves the objective to `status` (any proposal lapses: only a draft waits for agreement), rolls its
     * progress up and tells who follows it.
     */
    private ObjectiveResponse moveTo(Objective objective, ObjectiveStatus status) {
        ObjectiveStatus from = objective.status;
        objective.status = status;
        objective.proposedAt = null;
        rollup.changed(objective.id);
        statusChanged(objective, from);
        return objectives.respond(objective);
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
        Objective objective = current(objectives.findVisible(id), version);
        if (objective.status != ObjectiveStatus.COMPLETED && objective.status != ObjectiveStatus.CANCELLED) {
            throw ApiException.conflict("Only a completed or cancelled objective can be reopened.");
        }
        if (!access.canRestore(objective)) {
            throw ApiException.forbidden("Only the owner's manager or an admin reopens this objective.");
        }
        return moveTo(objective, ObjectiveStatus.ACTIVE);
    }

    /** An archived objective returns to the status it had before it was archived (from its history). */
    @Transactional
    public ObjectiveResponse unarchive(UUID id, Integer version) {
        Objective objective = current(objectives.findVisible(id), version);
        requireStatus(objective, ObjectiveStatus.ARCHIVED, "Only an archived objective can be unarchived.");
        if (!access.canRestore(objective)) {
            throw ApiException.forbidden("Only the owner's manager or an admin unarchives this objective.");
        }
        return moveTo(objective, queries.statusBeforeArchive(objective.id));
    }

    /** The objective, if `version` is the one it has now: a workflow action on a stale read is a 409. */
    private static Objective current(Objective objective, Integer version) {
        Versions.check(version, objective.version, "This objective");
        return objective;
    }

    private static void requireStatus(Objective objective, ObjectiveStatus status, String message) {
        if (objective.status != status) {
            throw ApiException.conflict(message);
        }
    }
}
