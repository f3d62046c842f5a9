package app.cairn.sessions;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Who may see and change a session, as DESIGN.md's table says: its two participants see and change
 * its content; an admin who is not a participant sees only that it happened (when, who, status);
 * everyone else gets 404. Completed sessions lock after the organization's lock period; cancelled
 * ones take no more changes.
 */
@RequestScoped
public class SessionAccess {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final CurrentUser currentUser;
    private final SessionRepository sessions;
    private final SessionSettingsService settings;
    private final Clock clock;
    private Integer lockAfterDays;

    public SessionAccess(
            CurrentUser currentUser, SessionRepository sessions, SessionSettingsService settings, Clock clock) {
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
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

    /** A session the caller may at least know of: a participant's, or any in the org for an admin. */
    public Session findVisible(UUID id) {
        Session session = sessions.findByIdOptional(id)
                .filter(s -> s.orgId.equals(orgId()))
                .orElseThrow(() -> ApiException.notFound("Session"));
        if (!session.hasParticipant(me()) && !isAdmin()) {
            throw ApiException.notFound("Session");
        }
        return session;
    }

    /** A session whose content the caller may read: participants only (an admin gets 403, others 404). */
    public Session findForContent(UUID id) {
        Session session = findVisible(id);
        if (!session.hasParticipant(me())) {
            throw ApiException.forbidden(
                    "Only the session's participants see its agenda, notes and actions; admins see that it happened.");
        }
        return session;
    }

    /** A session whose content the caller may change now: a participant's, not cancelled, not locked. */
    public Session findForContentEdit(UUID id) {
        Session session = findForContent(id);
        ensureChangeable(session);
        return session;
    }

    public void ensureChangeable(Session session) {
        String reason = readOnlyReason(session);
        if (reason != null) {
            throw ApiException.conflict(reason);
        }
    }

    public boolean isLocked(Session session) {
        Instant locksAt = locksAt(session);
        return locksAt != null && !clock.instant().isBefore(locksAt);
    }

    public Instant locksAt(Session session) {
        if (session.status != SessionStatus.COMPLETED || session.completedAt == null) {
            return null;
        }
        return session.completedAt.plus(Duration.ofDays(lockAfterDays(session)));
    }

    /** The organization's lock period, read once per request (a list asks for every row). */
    private int lockAfterDays(Session session) {
        if (lockAfterDays == null) {
            lockAfterDays = settings.of(session.orgId).lockAfterDays;
        }
        return lockAfterDays;
    }

    /** Why the session's content cannot change, or null when it can. */
    public String readOnlyReason(Session session) {
        if (session.status == SessionStatus.CANCELLED) {
            return "This session was cancelled: it takes no more changes.";
        }
        if (isLocked(session)) {
            int days = lockAfterDays(session);
            return "This session was completed on " + DAY.format(session.completedAt) + " and its record locked on "
                    + DAY.format(locksAt(session)) + " (records lock " + days
                    + " days after completion). It stays as history and can no longer be changed.";
        }
        return null;
    }
}
