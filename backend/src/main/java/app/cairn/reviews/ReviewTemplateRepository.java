package app.cairn.reviews;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ReviewTemplateRepository implements PanacheRepositoryBase<ReviewTemplate, UUID> {}
