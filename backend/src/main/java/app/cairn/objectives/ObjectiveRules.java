package app.cairn.objectives;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.objectives.dto.ObjectiveRequest;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The write rules of objectives: who may plan for whom (company objectives are admins'; otherwise
 * oneself and the people one manages), and what a create or an update must satisfy (period, owner,
 * team, dates within the period, a live parent the writer can see, in an overlapping period, no
 * cycle). Each broken rule is a field error; all of them are reported together.
 */
@ApplicationScoped
public class ObjectiveRules {

    private final ObjectiveRepository objectives;
    private final ObjectiveQueries queries;
    private final ObjectiveAccess access;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final PeriodRepository periods;

    public ObjectiveRules(
            ObjectiveRepository objectives,
            ObjectiveQueries queries,
            ObjectiveAccess access,
            PersonRepository people,
            TeamRepository teams,
            PeriodRepository periods) {
        this.objectives = objectives;
        this.queries = queries;
        this.access = access;
        this.people = people;
        this.teams = teams;
        this.periods = periods;
    }

    void checkMayWriteFor(ObjectiveLevel level, UUID ownerId) {
        if (level == ObjectiveLevel.COMPANY && !access.isAdmin()) {
            throw ApiException.forbidden("Only admins set company objectives.");
        }
        if (!mayWriteFor(level, ownerId)) {
            throw ApiException.forbidden("You may plan objectives only for yourself and the people you manage.");
        }
    }

    boolean mayWriteFor(ObjectiveLevel level, UUID ownerId) {
        if (level == ObjectiveLevel.COMPANY) {
            return access.isAdmin();
        }
        return ownerId.equals(access.me()) || access.isAdmin() || access.manages(ownerId);
    }

    boolean parentVisible(Objective objective) {
        return objectives
                .findByIdOptional(objective.parentId)
                .filter(access::canView)
                .isPresent();
    }

    /** Checks a create (`existing` null) or an update of `existing` against every rule. */
    void validate(ObjectiveRequest request, UUID ownerId, Period period, Objective existing, List<FieldError> errors) {
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
}
