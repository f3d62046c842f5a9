package app.cairn.objectives;

import app.cairn.common.security.CurrentUser;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who may see and change which objective, as DESIGN.md's table says. Visible: admins, the owner, the
 * author, the owner's managers (the whole chain above), and everyone for non-draft objectives with
 * ORGANIZATION visibility. Editable: the owner; the owner's managers and admins unless the objective
 * is PRIVATE (they only read those); the author of a draft; company objectives by admins only.
 * {@link #VISIBLE_SQL} is the same rule for set-based queries, {@link ObjectiveViewers} for many
 * viewers at once (the live stream): change them together.
 */
@RequestScoped
public class ObjectiveAccess {

    /** A recursive CTE naming everyone below the caller (:me), to list after `with recursive`. */
    public static final String DOWNLINE = """
            downline(id) as (
                select id from people where manager_id = :me
                union
                select p.id from people p join downline d on p.manager_id = d.id
            )
            """;

    /** {@link #DOWNLINE} as the whole `with` clause of a query. */
    public static final String DOWNLINE_CTE = "with recursive " + DOWNLINE;

    /** Visibility predicate over objectives aliased `o`; needs :me, :admin and {@link #DOWNLINE_CTE}. */
    public static final String VISIBLE_SQL = "(:admin or o.owner_id = :me or o.author_id = :me"
            + " or o.owner_id in (select id from downline)"
            + " or (o.visibility = 'ORGANIZATION' and o.status <> 'DRAFT'))";

    private final CurrentUser currentUser;
    private final PersonRepository people;
    private final Map<UUID, Boolean> managesCache = new HashMap<>();

    public ObjectiveAccess(CurrentUser currentUser, PersonRepository people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    public UUID me() {
        return currentUser.id();
    }

    public UUID orgId() {
        return currentUser.orgId();
    }

    public Person caller() {
        return currentUser.person();
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    /** True when the caller is above `personId` in the reporting line. */
    public boolean manages(UUID personId) {
        if (personId.equals(me())) {
            return false;
        }
        return managesCache.computeIfAbsent(personId, id -> people.isInManagementChainOf(orgId(), id, me()));
    }

    public boolean canView(Objective o) {
        return isAdmin()
                || me().equals(o.ownerId)
                || me().equals(o.authorId)
                || manages(o.ownerId)
                || (o.visibility == Visibility.ORGANIZATION && o.status != ObjectiveStatus.DRAFT);
    }

    public boolean canEdit(Objective o) {
        if (!canView(o) || o.status == ObjectiveStatus.ARCHIVED) {
            return false;
        }
        if (o.level == ObjectiveLevel.COMPANY) {
            return isAdmin();
        }
        if (me().equals(o.ownerId)) {
            return true;
        }
        if (o.status == ObjectiveStatus.DRAFT && me().equals(o.authorId)) {
            return true;
        }
        return o.visibility == Visibility.ORGANIZATION && (isAdmin() || manages(o.ownerId));
    }

    public boolean canCheckIn(Objective o) {
        return canEdit(o) && !o.isEnded();
    }

    /** Agreeing a draft: the owner's managers and admins; an owner with no manager agrees their own. */
    public boolean canApprove(Objective o) {
        if (o.status != ObjectiveStatus.DRAFT || !canView(o)) {
            return false;
        }
        if (o.level == ObjectiveLevel.COMPANY) {
            return isAdmin();
        }
        if (isAdmin() || manages(o.ownerId)) {
            return true;
        }
        if (me().equals(o.ownerId)) {
            Person owner = currentUser.person();
            return owner.managerId == null;
        }
        return false;
    }

    /**
     * Bringing back an ended objective (reopening a completed or cancelled one, unarchiving an archived
     * one): the owner's managers and admins, as for agreeing it; an owner who is an admin or has no
     * manager for their own. Others' PRIVATE objectives stay read-only for managers and admins.
     */
    public boolean canRestore(Objective o) {
        if (!canView(o)) {
            return false;
        }
        if (o.level == ObjectiveLevel.COMPANY) {
            return isAdmin();
        }
        if (me().equals(o.ownerId)) {
            return isAdmin() || currentUser.person().managerId == null;
        }
        return o.visibility == Visibility.ORGANIZATION && (isAdmin() || manages(o.ownerId));
    }

    /**
     * Proposing a draft for agreement: its owner, while it is not proposed yet, and only when someone
     * else agrees it (an admin's own company goal, or an owner without a manager, is agreed directly).
     */
    public boolean canPropose(Objective o) {
        return o.status == ObjectiveStatus.DRAFT && o.proposedAt == null && me().equals(o.ownerId) && !canApprove(o);
    }
}
