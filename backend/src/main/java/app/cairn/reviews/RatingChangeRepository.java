package app.cairn.reviews;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RatingChangeRepository implements PanacheRepositoryBase<RatingChange, UUID> {}
