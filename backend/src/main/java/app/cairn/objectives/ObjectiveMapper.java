package app.cairn.objectives;

import app.cairn.common.web.Ref;
import app.cairn.objectives.dto.KeyResultResponse;
import app.cairn.objectives.dto.ObjectiveResponse;
import app.cairn.objectives.dto.ObjectiveResponse.Children;
import app.cairn.objectives.dto.ObjectiveResponse.Permissions;
import app.cairn.people.PersonRepository;
import app.cairn.periods.PeriodRepository;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Builds the full read of one objective: names, key results, children, alignment, permissions. */
@ApplicationScoped
public class ObjectiveMapper {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final ObjectiveQueries queries;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final PeriodRepository periods;

    public ObjectiveMapper(
            ObjectiveRepository objectives,
            KeyResultRepository keyResults,
            ObjectiveQueries queries,
            PersonRepository people,
            TeamRepository teams,
            PeriodRepository periods) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.queries = queries;
        this.people = people;
        this.teams = teams;
        this.periods = periods;
    }

    public ObjectiveResponse toResponse(Objective o, ObjectiveAccess access) {
        List<KeyResultResponse> krs = keyResults.forObjective(o.id).stream()
                .map(KeyResultRules::toResponse)
                .toList();
        Children children = queries.children(access, o.id);
        String source =
                !krs.isEmpty() ? "KEY_RESULTS" : objectives.countRolledUpChildren(o.id) > 0 ? "CHILDREN" : "CHECK_INS";
        Ref parent = null;
        if (o.parentId != null) {
            Objective p = objectives.findById(o.parentId);
            parent = access.canView(p) ? new Ref(p.id, p.title) : null;
        }
        boolean canEdit = access.canEdit(o);
        boolean canApprove = access.canApprove(o);
        boolean canRestore = access.canRestore(o);
        Permissions permissions = new Permissions(
                canEdit,
                access.canCheckIn(o),
                access.canPropose(o),
                canApprove,
                canApprove && !access.me().equals(o.ownerId),
                canEdit && o.status == ObjectiveStatus.ACTIVE,
                canEdit && (o.status == ObjectiveStatus.DRAFT || o.status == ObjectiveStatus.ACTIVE),
                canEdit && o.status != ObjectiveStatus.ARCHIVED,
                canEdit && !o.isEnded() && (access.isAdmin() || people.countActiveReports(access.me()) > 0),
                canRestore && (o.status == ObjectiveStatus.COMPLETED || o.status == ObjectiveStatus.CANCELLED),
                canRestore && o.status == ObjectiveStatus.ARCHIVED);
        return new ObjectiveResponse(
                o.id,
                o.title,
                o.description,
                o.level,
                o.status,
                o.health,
                o.progress,
                source,
                o.visibility,
                o.weight,
                new Ref(o.periodId, periods.findById(o.periodId).name),
                new Ref(o.ownerId, people.findById(o.ownerId).name),
                o.teamId == null ? null : new Ref(o.teamId, teams.findById(o.teamId).name),
                new Ref(o.authorId, people.findById(o.authorId).name),
                parent,
                o.startDate,
                o.dueDate,
                o.proposedAt,
                o.returnComment,
                o.lastCheckInAt,
                krs,
                children,
                queries.alignment(access, o.id),
                permissions,
                o.createdAt,
                o.updatedAt,
                o.version);
    }
}
