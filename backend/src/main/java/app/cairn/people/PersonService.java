package app.cairn.people;

import app.cairn.auth.AccountService;
import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.people.PersonRepository.Filter;
import app.cairn.people.dto.CreatePersonRequest;
import app.cairn.people.dto.OrgChartResponse;
import app.cairn.people.dto.PersonResponse;
import app.cairn.people.dto.UpdatePersonRequest;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The people directory and its administration, always within the caller's organization. */
@ApplicationScoped
public class PersonService {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final PersonMapper mapper;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final PersonHistory history;
    private final AuditLog audit;
    private final DomainEvents events;

    public PersonService(
            PersonRepository people,
            TeamRepository teams,
            PersonMapper mapper,
            CurrentUser currentUser,
            AccountService accounts,
            PersonHistory history,
            AuditLog audit,
            DomainEvents events) {
        this.events = events;
        this.people = people;
        this.teams = teams;
        this.mapper = mapper;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.history = history;
        this.audit = audit;
    }

    public PageResponse<PersonResponse> list(Filter filter, PageQuery page) {
        return people.search(currentUser.orgId(), filter, page).map(mapper::toResponse);
    }

    public PersonResponse get(UUID id) {
        return people.findViewInOrg(currentUser.orgId(), id)
                .map(mapper::toResponse)
                .orElseThrow(() -> ApiException.notFound("Person " + id));
    }

    public PageResponse<PersonResponse> reports(UUID id, PageQuery page) {
        Person manager = find(id);
        return people.search(currentUser.orgId(), new Filter(null, null, manager.id, false), page)
                .map(mapper::toResponse);
    }

    public OrgChartResponse orgChart() {
        return new OrgChartResponse(people.activeViews(currentUser.orgId()).stream()
                .map(v -> new OrgChartResponse.Node(
                        v.person().id,
                        v.person().name,
                        v.person().title,
                        v.person().managerId,
                        Ref.of(v.person().teamId, v.teamName())))
                .toList());
    }

    @Transactional
    public PersonResponse create(CreatePersonRequest request) {
        UUID orgId = currentUser.orgId();
        List<FieldError> errors = new ArrayList<>();
        checkTeam(orgId, request.teamId(), errors);
        checkManager(orgId, null, request.managerId(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (people.emailTaken(orgId, request.email(), null)) {
            throw ApiException.conflict("email", "is already used by someone in this organization");
        }
        Person person = new Person();
        person.orgId = orgId;
        person.email = request.email().trim();
        person.name = request.name().trim();
        person.title = blankToNull(request.title());
        person.teamId = request.teamId();
        person.managerId = request.managerId();
        person.roles = rolesOrDefault(request.roles());
        people.persist(person);
        people.flush();
        history.record(person.id, currentUser.id());
        accounts.sendInvitation(person, currentUser.person().name);
        audit.record("person.created", "people", person.id, person.name, snapshot(Changes.of(), null, person));
        events.publish(EventTypes.PERSON_CREATED, orgId, person.id, currentUser.id());
        return get(person.id);
    }

    /** Sends the invitation again (a new link; the old one stops working) to someone without a password. */
    @Transactional
    public void resendInvitation(UUID id) {
        Person person = find(id);
        if (!person.active) {
            throw ApiException.conflict("This person is deactivated: reactivate them first.");
        }
        accounts.sendInvitation(person, currentUser.person().name);
    }

    @Transactional
    public PersonResponse update(UUID id, UpdatePersonRequest request) {
        UUID orgId = currentUser.orgId();
        Person person = find(id);
        Versions.check(request.version(), person.version, "This person");
        List<FieldError> errors = new ArrayList<>();
        checkTeam(orgId, request.teamId(), errors);
        checkManager(orgId, person.id, request.managerId(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (people.emailTaken(orgId, request.email(), person.id)) {
            throw ApiException.conflict("email", "is already used by someone in this organization");
        }
        Set<Role> roles = rolesOrDefault(request.roles());
        Person before = copy(person);
        if (person.isAdmin() && !roles.contains(Role.ADMIN) && person.active) {
            requireAnotherAdmin(orgId);
        }
        PersonHistory.Snapshot previous = PersonHistory.Snapshot.of(person);
        person.email = request.email().trim();
        person.name = request.name().trim();
        person.title = blankToNull(request.title());
        person.teamId = request.teamId();
        person.managerId = request.managerId();
        person.roles = roles;
        people.flush();
        history.recordIfChanged(previous, person, currentUser.id());
        audit.record("person.updated", "people", person.id, person.name, snapshot(Changes.of(), before, person));
        List<String> changed = changedFields(before, person);
        if (!changed.isEmpty()) {
            events.publish(EventTypes.PERSON_UPDATED, orgId, person.id, currentUser.id(), Map.of("fields", changed));
        }
        return get(person.id);
    }

    @Transactional
    public PersonResponse deactivate(UUID id) {
        Person person = find(id);
        if (person.id.equals(currentUser.id())) {
            throw ApiException.conflict("You cannot deactivate yourself: ask another admin.");
        }
        if (person.active && person.isAdmin()) {
            requireAnotherAdmin(person.orgId);
        }
        boolean wasActive = person.active;
        person.active = false;
        people.flush();
        if (wasActive) {
            events.publish(EventTypes.PERSON_DEACTIVATED, person.orgId, person.id, currentUser.id());
        }
        audit.record(
                "person.deactivated",
                "people",
                person.id,
                person.name,
                Changes.of().field("active", true, false));
        return get(person.id);
    }

    @Transactional
    public PersonResponse reactivate(UUID id) {
        Person person = find(id);
        boolean wasActive = person.active;
        person.active = true;
        people.flush();
        audit.record(
                "person.reactivated",
                "people",
                person.id,
                person.name,
                Changes.of().field("active", wasActive, true));
        return get(person.id);
    }

    /** The names of the fields a webhook subscriber may see that an update changed. */
    private static List<String> changedFields(Person before, Person after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.email, after.email)) changed.add("email");
        if (!Objects.equals(before.name, after.name)) changed.add("name");
        if (!Objects.equals(before.title, after.title)) changed.add("title");
        if (!Objects.equals(before.teamId, after.teamId)) changed.add("teamId");
        if (!Objects.equals(before.managerId, after.managerId)) changed.add("managerId");
        if (!Objects.equals(before.roles, after.roles)) changed.add("roles");
        return changed;
    }

    /** The caller's own time zone (null: the organization's); validated by the request. */
    @Transactional
    public Person setOwnTimeZone(String timeZone) {
        Person person = find(currentUser.id());
        person.timeZone = timeZone;
        people.flush();
        return person;
    }

    private Person find(UUID id) {
        return people.findInOrg(currentUser.orgId(), id).orElseThrow(() -> ApiException.notFound("Person " + id));
    }

    private void checkTeam(UUID orgId, UUID teamId, List<FieldError> errors) {
        if (teamId != null && teams.findInOrg(orgId, teamId).isEmpty()) {
            errors.add(new FieldError("teamId", "is not a team of this organization"));
        }
    }

    private void checkManager(UUID orgId, UUID personId, UUID managerId, List<FieldError> errors) {
        if (managerId == null) {
            return;
        }
        var manager = people.findInOrg(orgId, managerId);
        if (manager.isEmpty()) {
            errors.add(new FieldError("managerId", "is not a person of this organization"));
        } else if (!manager.get().active) {
            errors.add(new FieldError("managerId", "is deactivated: choose an active manager"));
        } else if (personId != null && people.isInManagementChainOf(orgId, managerId, personId)) {
            errors.add(new FieldError("managerId", "would create a reporting cycle: this person is above them"));
        }
    }

    private void requireAnotherAdmin(UUID orgId) {
        if (people.countActiveAdmins(orgId) <= 1) {
            throw ApiException.conflict("The organization needs at least one active admin.");
        }
    }

    private static Set<Role> rolesOrDefault(Set<Role> roles) {
        EnumSet<Role> result = EnumSet.of(Role.EMPLOYEE);
        if (roles != null) {
            result.addAll(roles);
        }
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Person copy(Person person) {
        Person copy = new Person();
        copy.email = person.email;
        copy.name = person.name;
        copy.title = person.title;
        copy.teamId = person.teamId;
        copy.managerId = person.managerId;
        copy.roles = person.roles;
        return copy;
    }

    /** The audited fields of a person, before (null on creation) and after a change. */
    private static Changes snapshot(Changes changes, Person before, Person after) {
        return changes.field("email", before == null ? null : before.email, after.email)
                .field("name", before == null ? null : before.name, after.name)
                .field("title", before == null ? null : before.title, after.title)
                .field("teamId", before == null ? null : before.teamId, after.teamId)
                .field("managerId", before == null ? null : before.managerId, after.managerId)
                .field("roles", before == null ? null : before.roles, after.roles);
    }
}
