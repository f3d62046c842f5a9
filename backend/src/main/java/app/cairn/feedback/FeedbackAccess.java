package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.objectives.ObjectiveAccess;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every rule on who reads feedback and feedback requests (docs/feedback.md has the table).
 *
 * <p>Feedback is read by its giver; its recipient; the requester of the request it answers; for
 * MANAGERS visibility, everyone above the recipient in the reporting line (as it is now, not when
 * the feedback was given); for PUBLIC praise, everyone in the organization while it allows public
 * praise (when an admin switches praise off, public praise falls back to the recipient's managers).
 * Admins know that feedback exists (who, to whom, when) but read its text only by those same rules.
 * Everyone else, and anyone in another organization, gets 404.
 *
 * <p>A request is seen by its requester and the person asked; only the person asked answers or
 * declines it, and only while it is pending.
 *
 * <p>{@link #READABLE_SQL} is the reading rule for set-based queries: lists, counts and review
 * evidence all filter with it, so no list shows or counts what a single read would refuse.
 */
@RequestScoped
public class FeedbackAccess {

    /** Feedback aliased `f` the caller may read; needs :me, :publicOn and {@link #DOWNLINE_CTE}. */
    public static final String READABLE_SQL = "(f.giver_id = :me or f.recipient_id = :me or f.requester_id = :me"
            + " or (f.visibility = 'PUBLIC' and :publicOn)"
            + " or (f.visibility in ('MANAGERS', 'PUBLIC') and f.recipient_id in (select id from downline)))";

    /** Feedback aliased `f` the caller may know of (admins: all of the organization's); needs :admin too. */
    public static final String KNOWN_SQL = "(:admin or " + READABLE_SQL + ")";

    /** Everyone below the caller in the reporting line, as the `with` clause of a query. */
    public static final String DOWNLINE_CTE = ObjectiveAccess.DOWNLINE_CTE;

    private final CurrentUser currentUser;
    private final PersonRepository people;
    private final FeedbackSettingsService settings;
    private final Map<UUID, Boolean> managesCache = new HashMap<>();
    private FeedbackSettings cachedSettings;

    public FeedbackAccess(CurrentUser currentUser, PersonRepository people, FeedbackSettingsService settings) {
        this.currentUser = currentUser;
        this.people = people;
        this.settings = settings;
    }

    public UUID me() {
        return currentUser.id();
    }

    public UUID orgId() {
        return currentUser.orgId();
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    /** The organization's settings, read once per request. */
    public FeedbackSettings settings() {
        if (cachedSettings == null) {
            cachedSettings = settings.of(orgId());
        }
        return cachedSettings;
    }

    public boolean publicPraiseOn() {
        return settings().publicPraise;
    }

    /** True when the caller is above `personId` in the reporting line. */
    public boolean manages(UUID personId) {
        if (personId == null || personId.equals(me())) {
            return false;
        }
        return managesCache.computeIfAbsent(personId, id -> people.isInManagementChainOf(orgId(), id, me()));
    }

    /** Has active reports: managers see launched review cycles. */
    public boolean managesAnyone() {
        return people.countActiveReports(me()) > 0;
    }

    /** The Java twin of {@link #READABLE_SQL}, for one row. */
    public boolean canRead(Feedback f) {
        UUID me = me();
        if (me.equals(f.giverId) || me.equals(f.recipientId) || me.equals(f.requesterId)) {
            return true;
        }
        if (f.visibility == FeedbackVisibility.PUBLIC && publicPraiseOn()) {
            return true;
        }
        return f.visibility != FeedbackVisibility.PRIVATE && manages(f.recipientId);
    }

    /** Feedback the caller may at least know of: readable, or any of the organization's for an admin. */
    public boolean canKnow(Feedback f) {
        return f.orgId.equals(orgId()) && (isAdmin() || canRead(f));
    }

    public void requireKnown(Feedback f) {
        if (f == null || !canKnow(f)) {
            throw ApiException.notFound("The feedback");
        }
    }

    /** Public praise the caller may react to: readable on the wall. */
    public void requireOnWall(Feedback f) {
        if (f == null || !f.orgId.equals(orgId()) || !f.isPraise() || !canRead(f)) {
            throw ApiException.notFound("The praise");
        }
        requirePublicPraise();
    }

    public void requirePublicPraise() {
        if (!publicPraiseOn()) {
            throw ApiException.forbidden("Public praise is switched off for your organization.");
        }
    }

    /** A visibility the giver may choose now; anything else is a 400 on `field`. */
    public void requireAllowed(FeedbackVisibility visibility, String field) {
        if (!settings().allows(visibility)) {
            throw ApiException.invalid(field, "is not allowed by your organization: choose one of " + allowedText());
        }
    }

    private String allowedText() {
        FeedbackSettings s = settings();
        StringBuilder text = new StringBuilder();
        for (FeedbackVisibility v : FeedbackVisibility.values()) {
            if (s.allows(v)) {
                text.append(text.isEmpty() ? "" : ", ").append(v.name());
            }
        }
        return text.isEmpty() ? "(none)" : text.toString();
    }

    /** A request the caller may see: theirs, or one addressed to them; else 404. */
    public void requireVisible(FeedbackRequest r) {
        if (r == null || !r.orgId.equals(orgId()) || !(me().equals(r.requesterId) || me().equals(r.responderId))) {
            throw ApiException.notFound("The feedback request");
        }
    }

    /** Only the person asked answers or declines, and only once. */
    public void requireAnswerable(FeedbackRequest r) {
        requireVisible(r);
        if (!me().equals(r.responderId)) {
            throw ApiException.forbidden("Only the person asked answers or declines this request.");
        }
        if (r.status != RequestStatus.PENDING) {
            throw ApiException.conflict(
                    "status",
                    "this request was already " + r.status.name().toLowerCase() + ": it takes no more answers");
        }
    }

    /** Feedback may be asked about oneself, or — by a manager — about someone below them. */
    public boolean mayRequestAbout(UUID subjectId) {
        return me().equals(subjectId) || manages(subjectId);
    }
}
