package app.cairn.feedback;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Keyed by the organization id. */
@ApplicationScoped
public class FeedbackSettingsRepository implements PanacheRepositoryBase<FeedbackSettings, UUID> {}
