package app.cairn.objectives;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ObjectiveCommentRepository implements PanacheRepositoryBase<ObjectiveComment, UUID> {}
