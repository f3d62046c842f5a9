package app.cairn.sessions;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.sessions.dto.SessionSettingsRequest;
import app.cairn.sessions.dto.SessionSettingsResponse;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The organization's session settings: default 1:1 interval and lock period (defaults 14 and 7 days). */
@ApplicationScoped
public class SessionSettingsService {

    private final SessionSettingsRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;

    public SessionSettingsService(
            SessionSettingsRepository repository, CurrentUser currentUser, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The settings of an organization; the defaults when it never changed them. */
    public SessionSettings of(UUID orgId) {
        return repository.findByIdOptional(orgId).orElseGet(() -> {
            SessionSettings defaults = new SessionSettings();
            defaults.orgId = orgId;
            return defaults;
        });
    }

    public SessionSettingsResponse get() {
        return toResponse(of(currentUser.orgId()));
    }

    @Transactional
    public SessionSettingsResponse update(SessionSettingsRequest request) {
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins change the organization's session settings.");
        }
        SessionSettings settings =
                repository.findByIdOptional(currentUser.orgId()).orElse(null);
        if (settings == null) {
            // The defaults count as version 0, so the first saved row starts at version 1.
            Versions.check(request.version(), 0, "The session settings");
            Panache.getEntityManager()
                    .createNativeQuery("insert into session_settings (org_id, default_interval_days, lock_after_days,"
                            + " updated_at, version) values (:org, :interval, :lock, :now, 1)")
                    .setParameter("org", currentUser.orgId())
                    .setParameter("interval", request.defaultIntervalDays())
                    .setParameter("lock", request.lockAfterDays())
                    .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .executeUpdate();
            audit.record(
                    "session_settings.updated",
                    "session-settings",
                    currentUser.orgId(),
                    "1:1 settings",
                    changes(new SessionSettings(), request));
            return toResponse(repository.findById(currentUser.orgId()));
        }
        Versions.check(request.version(), settings.version, "The session settings");
        Changes changes = changes(settings, request);
        settings.defaultIntervalDays = request.defaultIntervalDays();
        settings.lockAfterDays = request.lockAfterDays();
        settings.updatedAt = clock.instant();
        repository.flush();
        audit.record("session_settings.updated", "session-settings", settings.orgId, "1:1 settings", changes);
        return toResponse(settings);
    }

    private static Changes changes(SessionSettings before, SessionSettingsRequest request) {
        return Changes.of()
                .field("defaultIntervalDays", before.defaultIntervalDays, request.defaultIntervalDays())
                .field("lockAfterDays", before.lockAfterDays, request.lockAfterDays());
    }

    private static SessionSettingsResponse toResponse(SessionSettings s) {
        return new SessionSettingsResponse(s.defaultIntervalDays, s.lockAfterDays, s.version);
    }
}
