package app.cairn.sessions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OneToOneIntervalRepository implements PanacheRepositoryBase<OneToOneInterval, UUID> {}
