package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.feedback.dto.FeedbackSettingsRequest;
import app.cairn.feedback.dto.FeedbackSettingsResponse;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/** The organization's feedback settings: which visibilities exist, public praise on/off, SBI hints. */
@ApplicationScoped
public class FeedbackSettingsService {

    private final FeedbackSettingsRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;

    public FeedbackSettingsService(
            FeedbackSettingsRepository repository, CurrentUser currentUser, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The settings of an organization; the defaults when it never changed them. */
    public FeedbackSettings of(UUID orgId) {
        return repository.findByIdOptional(orgId).orElseGet(() -> {
            FeedbackSettings defaults = new FeedbackSettings();
            defaults.orgId = orgId;
            return defaults;
        });
    }

    public FeedbackSettingsResponse get() {
        return toResponse(of(currentUser.orgId()));
    }

    @Transactional
    public FeedbackSettingsResponse update(FeedbackSettingsRequest request) {
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins change the organization's feedback settings.");
        }
        if (!request.allowPrivate() && !request.allowManagers() && !request.publicPraise()) {
            throw ApiException.invalid("allowPrivate", "at least one visibility must stay allowed");
        }
        FeedbackSettings settings =
                repository.findByIdOptional(currentUser.orgId()).orElse(null);
        if (settings == null) {
            // The defaults count as version 0, so the first saved row starts at version 1.
            Versions.check(request.version(), 0, "The feedback settings");
            Panache.getEntityManager()
                    .createNativeQuery("insert into feedback_settings (org_id, allow_private, allow_managers,"
                            + " public_praise, updated_at, version) values (:org, true, true, true, :now, 0)")
                    .setParameter("org", currentUser.orgId())
                    .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .executeUpdate();
            settings = repository.findById(currentUser.orgId());
        } else {
            Versions.check(request.version(), settings.version, "The feedback settings");
        }
        Changes changes = Changes.of()
                .field("allowPrivate", settings.allowPrivate, request.allowPrivate())
                .field("allowManagers", settings.allowManagers, request.allowManagers())
                .field("publicPraise", settings.publicPraise, request.publicPraise())
                .field("guidanceSituation", settings.guidanceSituation, blankToNull(request.guidanceSituation()))
                .field("guidanceBehaviour", settings.guidanceBehaviour, blankToNull(request.guidanceBehaviour()))
                .field("guidanceImpact", settings.guidanceImpact, blankToNull(request.guidanceImpact()));
        settings.allowPrivate = request.allowPrivate();
        settings.allowManagers = request.allowManagers();
        settings.publicPraise = request.publicPraise();
        settings.guidanceSituation = blankToNull(request.guidanceSituation());
        settings.guidanceBehaviour = blankToNull(request.guidanceBehaviour());
        settings.guidanceImpact = blankToNull(request.guidanceImpact());
        settings.updatedAt = clock.instant();
        repository.flush();
        audit.record("feedback_settings.updated", "feedback-settings", settings.orgId, "Feedback settings", changes);
        return toResponse(settings);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static FeedbackSettingsResponse toResponse(FeedbackSettings s) {
        return new FeedbackSettingsResponse(
                s.allowPrivate,
                s.allowManagers,
                s.publicPraise,
                Arrays.stream(FeedbackVisibility.values()).filter(s::allows).toList(),
                new FeedbackSettingsResponse.Guidance(
                        s.guidanceSituation == null ? FeedbackSettings.SITUATION : s.guidanceSituation,
                        s.guidanceBehaviour == null ? FeedbackSettings.BEHAVIOUR : s.guidanceBehaviour,
                        s.guidanceImpact == null ? FeedbackSettings.IMPACT : s.guidanceImpact),
                s.version);
    }
}
