package app.cairn.timeline;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.feedback.FeedbackAccess;
import app.cairn.feedback.FeedbackSettingsService;
import app.cairn.objectives.ObjectiveAccess;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Whose history the caller may open and what of it they see. A timeline is open to the person, to
 * everyone above them in the reporting line, and to admins; anyone else (and other organizations)
 * gets 404. Within it every item keeps its own rule, reused from the feature that owns it:
 * objectives {@link ObjectiveAccess#VISIBLE_SQL}; sessions as {@code SessionAccess} (participants;
 * admins the fact only); reviews as {@code ReviewAccess} (once shared, to the reviewee, the review's
 * manager and those above them, admins); feedback {@link FeedbackAccess#KNOWN_SQL}, its text only
 * under {@link FeedbackAccess#READABLE_SQL}. Since the subject is one person, "below the caller"
 * becomes the bound parameter {@code :above} (the caller is above the subject).
 */
@RequestScoped
public class TimelineAccess {

    private static final String DOWNLINE_OF_OWNER = "o.owner_id in (select id from downline)";
    private static final String DOWNLINE_OF_RECIPIENT = "f.recipient_id in (select id from downline)";

    /** Objectives aliased `o` owned by the subject that the caller may see. */
    static final String OBJECTIVE_SQL = replaceOnce(ObjectiveAccess.VISIBLE_SQL, DOWNLINE_OF_OWNER, ":above");

    /** Feedback aliased `f` received by the subject that the caller may know of. */
    static final String FEEDBACK_KNOWN_SQL = replaceOnce(FeedbackAccess.KNOWN_SQL, DOWNLINE_OF_RECIPIENT, ":above");

    /** Feedback aliased `f` received by the subject whose text the caller may read. */
    static final String FEEDBACK_READABLE_SQL =
            replaceOnce(FeedbackAccess.READABLE_SQL, DOWNLINE_OF_RECIPIENT, ":above");

    /** Sessions aliased `s`: participants, and admins (who see only that it happened). */
    static final String SESSION_SQL = "(:admin or s.organizer_id = :me or s.attendee_id = :me)";

    /** Shared reviews aliased `r`: the reviewee, the review's manager and anyone above them, admins. */
    static final String REVIEW_SQL = "(r.state in ('SHARED', 'ACKNOWLEDGED', 'SIGNED_OFF') and (:admin"
            + " or r.reviewee_id = :me or r.manager_id = :me or exists ("
            + " with recursive up(id, manager_id, depth) as ("
            + "   select id, manager_id, 0 from people where id = r.manager_id"
            + "   union all select p.id, p.manager_id, u.depth + 1 from people p join up u on p.id = u.manager_id"
            + "   where u.depth < 1000)"
            + " select 1 from up where up.id = :me)))";

    private final CurrentUser currentUser;
    private final PersonRepository people;
    private final FeedbackSettingsService feedbackSettings;

    public TimelineAccess(CurrentUser currentUser, PersonRepository people, FeedbackSettingsService feedbackSettings) {
        this.currentUser = currentUser;
        this.people = people;
        this.feedbackSettings = feedbackSettings;
    }

    /** The subject and how the caller stands to them; 404 when the caller may not open their history. */
    public Viewer require(UUID personId) {
        UUID orgId = currentUser.orgId();
        Person subject = people.findInOrg(orgId, personId).orElseThrow(() -> notVisible(personId));
        UUID me = currentUser.id();
        boolean self = me.equals(subject.id);
        boolean above = !self && people.isInManagementChainOf(orgId, subject.id, me);
        boolean admin = currentUser.isAdmin();
        if (!self && !above && !admin) {
            throw notVisible(personId);
        }
        return new Viewer(subject, me, admin, above, feedbackSettings.of(orgId).publicPraise);
    }

    /** The subject, the caller, and the facts the SQL predicates bind. */
    public record Viewer(Person subject, UUID me, boolean admin, boolean above, boolean publicPraiseOn) {}

    private static ApiException notVisible(UUID personId) {
        return ApiException.notFound("Person " + personId);
    }

    private static String replaceOnce(String sql, String part, String replacement) {
        if (!sql.contains(part)) {
            throw new IllegalStateException("Visibility rule changed: " + part + " not found in " + sql);
        }
        return sql.replace(part, replacement);
    }
}
