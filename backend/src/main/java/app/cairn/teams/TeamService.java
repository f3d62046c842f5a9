package app.cairn.teams;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.people.PersonRepository;
import app.cairn.teams.TeamRepository.TeamView;
import app.cairn.teams.dto.TeamRequest;
import app.cairn.teams.dto.TeamResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TeamService {

    private final TeamRepository teams;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    public TeamService(TeamRepository teams, PersonRepository people, CurrentUser currentUser, AuditLog audit) {
        this.teams = teams;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public PageResponse<TeamResponse> list(String q, PageQuery page) {
        return teams.search(currentUser.orgId(), q, page).map(TeamService::toResponse);
    }

    public TeamResponse get(UUID id) {
        return teams.findViewInOrg(currentUser.orgId(), id)
                .map(TeamService::toResponse)
                .orElseThrow(() -> ApiException.notFound("Team " + id));
    }

    @Transactional
    public TeamResponse create(TeamRequest request) {
        UUID orgId = currentUser.orgId();
        validate(orgId, null, request);
        Team team = new Team();
        team.orgId = orgId;
        apply(team, request);
        teams.persist(team);
        teams.flush();
        audit.record("team.created", "teams", team.id, team.name, changes(null, team));
        return get(team.id);
    }

    @Transactional
    public TeamResponse update(UUID id, TeamRequest request) {
        Team team = find(id);
        Versions.check(request.version(), team.version, "This team");
        validate(team.orgId, team.id, request);
        Team before = copy(team);
        apply(team, request);
        teams.flush();
        audit.record("team.updated", "teams", team.id, team.name, changes(before, team));
        return get(team.id);
    }

    @Transactional
    public void delete(UUID id) {
        Team team = find(id);
        if (teams.countChildren(team.id) > 0) {
            throw ApiException.conflict("This team has sub-teams: move or delete them first.");
        }
        teams.delete(team);
        audit.record("team.deleted", "teams", team.id, team.name, changes(team, null));
    }

    private Team find(UUID id) {
        return teams.findInOrg(currentUser.orgId(), id).orElseThrow(() -> ApiException.notFound("Team " + id));
    }

    private void validate(UUID orgId, UUID teamId, TeamRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.parentId() != null) {
            if (teams.findInOrg(orgId, request.parentId()).isEmpty()) {
                errors.add(new FieldError("parentId", "is not a team of this organization"));
            } else if (teamId != null && teams.isAncestorOrSelf(orgId, teamId, request.parentId())) {
                errors.add(new FieldError("parentId", "would make the team its own ancestor"));
            }
        }
        if (request.leadId() != null
                && people.findInOrg(orgId, request.leadId()).isEmpty()) {
            errors.add(new FieldError("leadId", "is not a person of this organization"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (teams.nameTaken(orgId, request.name(), teamId)) {
            throw ApiException.conflict("name", "is already the name of another team");
        }
    }

    private static Team copy(Team team) {
        Team copy = new Team();
        copy.name = team.name;
        copy.parentId = team.parentId;
        copy.leadId = team.leadId;
        return copy;
    }

    /** The before/after of a team's name, parent and lead (null before: created; null after: deleted). */
    private static Changes changes(Team before, Team after) {
        return Changes.of()
                .field("name", before == null ? null : before.name, after == null ? null : after.name)
                .field("parentId", before == null ? null : before.parentId, after == null ? null : after.parentId)
                .field("leadId", before == null ? null : before.leadId, after == null ? null : after.leadId);
    }

    private static void apply(Team team, TeamRequest request) {
        team.name = request.name().trim();
        team.parentId = request.parentId();
        team.leadId = request.leadId();
    }

    private static TeamResponse toResponse(TeamView view) {
        Team t = view.team();
        return new TeamResponse(
                t.id,
                t.name,
                Ref.of(t.parentId, view.parentName()),
                Ref.of(t.leadId, view.leadName()),
                view.memberCount(),
                t.version);
    }
}
