package app.cairn.people;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.people.dto.BulkPeopleRequest;
import app.cairn.people.dto.BulkPeopleRequest.BulkAction;
import app.cairn.people.dto.BulkPeopleResponse;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One change for several people (team, manager, role, deactivate, reactivate): the same rules as a
 * single edit, all of them in one transaction or none, each person's change audited.
 */
@ApplicationScoped
public class PeopleBulkService {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final PersonMapper mapper;
    private final CurrentUser currentUser;
    private final PersonHistory history;
    private final AuditLog audit;

    public PeopleBulkService(
            PersonRepository people,
            TeamRepository teams,
            PersonMapper mapper,
            CurrentUser currentUser,
            PersonHistory history,
            AuditLog audit) {
        this.people = people;
        this.teams = teams;
        this.mapper = mapper;
        this.currentUser = currentUser;
        this.history = history;
        this.audit = audit;
    }

    @Transactional
    public BulkPeopleResponse apply(BulkPeopleRequest request) {
        UUID orgId = currentUser.orgId();
        Set<UUID> ids = new LinkedHashSet<>(request.personIds());
        Map<UUID, Person> selected =
                people.list("orgId = ?1 and id in ?2 and serviceAccount = false", orgId, ids).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<String> missing = ids.stream()
                .filter(id -> !selected.containsKey(id))
                .map(UUID::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw ApiException.notFound("Person " + String.join(", ", missing), "personIds");
        }
        check(orgId, request, selected.values());
        int changed = 0;
        for (UUID id : ids) {
            if (change(selected.get(id), request)) {
                changed++;
            }
        }
        people.flush();
        return new BulkPeopleResponse(
                changed,
                ids.size() - changed,
                people.viewsInOrg(orgId, ids).stream().map(mapper::toResponse).toList());
    }

    private void check(UUID orgId, BulkPeopleRequest request, Collection<Person> selected) {
        switch (request.action()) {
            case SET_TEAM -> {
                if (request.teamId() != null
                        && teams.findInOrg(orgId, request.teamId()).isEmpty()) {
                    throw ApiException.invalid("teamId", "is not a team of this organization");
                }
            }
            case SET_MANAGER -> checkManager(orgId, request.managerId(), selected);
            case SET_ROLE -> {
                if (request.role() == null) {
                    throw ApiException.invalid("role", "is required: ADMIN or EMPLOYEE");
                }
                if (request.role() == Role.EMPLOYEE) {
                    requireAdminLeft(
                            orgId,
                            selected.stream()
                                    .filter(p -> p.active && p.isAdmin())
                                    .count());
                }
            }
            case DEACTIVATE -> {
                if (selected.stream().anyMatch(p -> p.id.equals(currentUser.id()))) {
                    throw ApiException.conflict("You cannot deactivate yourself: leave yourself out of the selection.");
                }
                requireAdminLeft(
                        orgId,
                        selected.stream().filter(p -> p.active && p.isAdmin()).count());
            }
            case REACTIVATE -> {
                // always allowed
            }
        }
    }

    private void checkManager(UUID orgId, UUID managerId, Collection<Person> selected) {
        if (managerId == null) {
            return;
        }
        Person manager = people.findInOrg(orgId, managerId)
                .filter(p -> !p.serviceAccount)
                .orElseThrow(() -> ApiException.invalid("managerId", "is not a person of this organization"));
        if (!manager.active) {
            throw ApiException.invalid("managerId", "is deactivated: choose an active manager");
        }
        // the manager's line upwards stays as it is unless it passes through someone selected: a cycle
        Set<UUID> chain = people.managementChain(orgId, managerId);
        for (Person person : selected) {
            if (chain.contains(person.id)) {
                throw ApiException.invalid(
                        "managerId",
                        person.id.equals(managerId)
                                ? "is one of the selected people: no one manages themselves"
                                : "would create a reporting cycle: " + person.name + " is above " + manager.name);
            }
        }
    }

    private void requireAdminLeft(UUID orgId, long adminsLosingAccess) {
        if (adminsLosingAccess > 0 && people.countActiveAdmins(orgId) - adminsLosingAccess < 1) {
            throw ApiException.conflict("The organization needs at least one active admin.");
        }
    }

    /** Applies the change to one person; false when they had that value already. */
    private boolean change(Person person, BulkPeopleRequest request) {
        BulkAction action = request.action();
        if (action == BulkAction.DEACTIVATE || action == BulkAction.REACTIVATE) {
            boolean active = action == BulkAction.REACTIVATE;
            if (person.active == active) {
                return false;
            }
            person.active = active;
            audit.record(
                    active ? "person.reactivated" : "person.deactivated",
                    "people",
                    person.id,
                    person.name,
                    Changes.of().field("active", !active, active));
            return true;
        }
        PersonHistory.Snapshot before = PersonHistory.Snapshot.of(person);
        Changes changes = Changes.of();
        switch (action) {
            case SET_TEAM -> {
                changes.field("teamId", person.teamId, request.teamId());
                person.teamId = request.teamId();
            }
            case SET_MANAGER -> {
                changes.field("managerId", person.managerId, request.managerId());
                person.managerId = request.managerId();
            }
            default -> {
                Set<Role> roles = EnumSet.of(Role.EMPLOYEE, request.role());
                if (person.isAdmin() == roles.contains(Role.ADMIN)) {
                    return false;
                }
                changes.field("roles", person.roles, roles);
                person.roles = roles;
            }
        }
        if (changes.isEmpty()) {
            return false;
        }
        people.flush();
        history.recordIfChanged(before, person, currentUser.id());
        audit.record("person.updated", "people", person.id, person.name, changes);
        return true;
    }
}
