package app.cairn.objectives;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which of several people may see which of several objectives, in one query: the live stream asks it
 * once per progress event for everyone connected in the organization (and once per replay). The rule
 * is {@link ObjectiveAccess#VISIBLE_SQL}'s, read from the objectives' side: admins, the owner, the
 * author, everyone for a non-draft ORGANIZATION objective, and the owner's managers — found by walking
 * up from each owner (a few rows) instead of down from each viewer (their whole downline).
 *
 * <p>Plain JDBC on a pooled connection: it runs on the live stream's own thread, outside any request
 * or transaction.
 */
@ApplicationScoped
public class ObjectiveViewers {

    static final String VISIBLE_PAIRS = """
            with recursive target as (
                select id, owner_id, author_id, visibility, status from objectives
                 where org_id = ? and id = any (?)
            ), above(objective_id, person_id, depth) as (
                select t.id, p.manager_id, 1 from target t join people p on p.id = t.owner_id
                 where p.manager_id is not null
                union all
                select a.objective_id, p.manager_id, a.depth + 1 from above a join people p on p.id = a.person_id
                 where p.manager_id is not null and a.depth < 100
            )
            select v.id, t.id from people v cross join target t
             where v.org_id = ? and v.id = any (?) and v.active
               and (',' || v.roles || ',' like '%,ADMIN,%'
                    or t.owner_id = v.id or t.author_id = v.id
                    or (t.visibility = 'ORGANIZATION' and t.status <> 'DRAFT')
                    or exists (select 1 from above a where a.objective_id = t.id and a.person_id = v.id))
            """;

    private final AgroalDataSource dataSource;

    public ObjectiveViewers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For each of `people` (of organization `orgId`) who may see any of `objectives`: the ones they may see. */
    public Map<UUID, Set<UUID>> visible(UUID orgId, Collection<UUID> people, Collection<UUID> objectives) {
        Map<UUID, Set<UUID>> visible = new HashMap<>();
        if (people.isEmpty() || objectives.isEmpty()) {
            return visible;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(VISIBLE_PAIRS)) {
            query.setObject(1, orgId);
            query.setArray(2, connection.createArrayOf("uuid", objectives.toArray()));
            query.setObject(3, orgId);
            query.setArray(4, connection.createArrayOf("uuid", people.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    visible.computeIfAbsent(rows.getObject(1, UUID.class), id -> new HashSet<>())
                            .add(rows.getObject(2, UUID.class));
                }
            }
            return visible;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read who may see objectives " + objectives, e);
        }
    }
}
