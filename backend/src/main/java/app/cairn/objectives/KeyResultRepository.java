package app.cairn.objectives;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KeyResultRepository implements PanacheRepositoryBase<KeyResult, UUID> {

    public List<KeyResult> forObjective(UUID objectiveId) {
        return list("objectiveId = ?1 order by position, createdAt, id", objectiveId);
    }

    public Optional<KeyResult> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }

    public long countFor(UUID objectiveId) {
        return count("objectiveId", objectiveId);
    }
}
