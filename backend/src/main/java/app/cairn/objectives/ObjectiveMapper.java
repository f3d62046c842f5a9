package app.cairn.objectives;

import app.cairn.common.web.Ref;
import app.cairn.objectives.dto.KeyResultResponse;
import app.cairn.objectives.dto.ObjectiveResponse;
import app.cairn.objectives.dto.ObjectiveResponse.Children;
import app.cairn.objectives.dto.ObjectiveResponse.Permissions;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Builds the full read of one objective: names, key results, children, alignment, permissions. */
@ApplicationScoped
public class ObjectiveMapper {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final ObjectiveQueries queries;

    public ObjectiveMapper(ObjectiveRepository objectives, KeyResultRepository keyResults, ObjectiveQueries queries) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.queries = queries;
    }

    public ObjectiveResponse toResponse(Objective o, ObjectiveAccess access) {
        List<KeyResultResponse> krs = keyResults.forObjective(o.id).stream()
                .map(KeyResultRules::toResponse)
                .toList();
        Children children = queries.children(access, o.id);
        Object[] names = names(o, access);
        String source = !krs.isEmpty() ? "KEY_RESULTS" : ((Number) names[4]).longValue() > 0 ? "CHILDREN" : "CHECK_INS";
        Ref parent = null;
        if (o.parentId != null) {
            Objective p = objectives.findById(o.parentId);
            parent = access.canView(p) ? new Ref(p.id, p.title) : null;
        }
        boolean hasReports = ((Number) names[5]).longValue() > 0;
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
                canEdit && !o.isEnded() && (access.isAdmin() || hasReports),
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
                new Ref(o.periodId, (String) names[0]),
                new Ref(o.ownerId, (String) names[1]),
                o.teamId == null ? null : new Ref(o.teamId, (String) names[2]),
                new Ref(o.authorId, (String) names[3]),
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

    /**
     * In one query: the names of its period, owner, team and author, how many children count toward
     * its roll-up, and how many active reports the caller has.
     */
    private static Object[] names(Objective o, ObjectiveAccess access) {
        return (Object[]) Panache.getEntityManager()
                .createNativeQuery("""
                        select pe.name as period_name, ow.name as owner_name, t.name as team_name,
                               au.name as author_name,
                               (select count(*) from objectives c
                                where c.parent_id = o.id and c.status in ('ACTIVE', 'COMPLETED')) as rolled_up,
                               (select count(*) from people r where r.manager_id = :me and r.active) as reports
                        from objectives o
                        join periods pe on pe.id = o.period_id
                        join people ow on ow.id = o.owner_id
                        join people au on au.id = o.author_id
                        left join teams t on t.id = o.team_id
                        where o.id = :id
                        """)
                .setParameter("id", o.id)
                .setParameter("me", access.me())
                .getSingleResult();
    }
}
