package app.cairn.objectives;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ObjectiveRepository implements PanacheRepositoryBase<Objective, UUID> {

    public Optional<Objective> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }

    /** Children counting toward the roll-up (ACTIVE or COMPLETED). */
    public long countRolledUpChildren(UUID id) {
        return count(
                "parentId = ?1 and status in ?2",
                id,
                java.util.List.of(ObjectiveStatus.ACTIVE, ObjectiveStatus.COMPLETED));
    }
}
