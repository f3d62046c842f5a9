package app.cairn.sessions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Keyed by the session id. */
@ApplicationScoped
public class SharedNotesRepository implements PanacheRepositoryBase<SharedNotes, UUID> {}
