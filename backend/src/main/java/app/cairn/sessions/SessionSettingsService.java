package app.cairn.sessions;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
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

    public SessionSettingsService(SessionSettingsRepository repository, CurrentUser currentUser, Clock clock) {
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
            return toResponse(repository.findById(currentUser.orgId()));
        }
        Versions.check(request.version(), settings.version, "The session settings");
        settings.defaultIntervalDays = request.defaultIntervalDays();
        settings.lockAfterDays = request.lockAfterDays();
        settings.updatedAt = clock.instant();
        repository.flush();
        return toResponse(settings);
    }

    private static SessionSettingsResponse toResponse(SessionSettings s) {
        return new SessionSettingsResponse(s.defaultIntervalDays, s.lockAfterDays, s.version);
    }
}
