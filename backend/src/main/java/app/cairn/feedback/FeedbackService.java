package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.FeedbackResponse;
import app.cairn.feedback.dto.GiveFeedbackRequest;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Giving and reading feedback. Every check runs before the first write, and the whole gift (the row,
 * its values, the notice) is one transaction: bad input saves nothing.
 */
@ApplicationScoped
public class FeedbackService {

    /** What one gift of feedback consists of, whichever endpoint it came through. */
    public record Gift(
            UUID recipientId,
            String body,
            FeedbackVisibility visibility,
            List<UUID> valueIds,
            UUID objectiveId,
            UUID sessionId,
            UUID cycleId) {}

    private final FeedbackRepository feedback;
    private final PersonRepository people;
    private final CompanyValueService values;
    private final FeedbackAccess access;
    private final FeedbackLinks links;
    private final FeedbackQueries queries;
    private final FeedbackViews views;
    private final FeedbackNotices notices;
    private final Clock clock;

    public FeedbackService(
            FeedbackRepository feedback,
            PersonRepository people,
            CompanyValueService values,
            FeedbackAccess access,
            FeedbackLinks links,
            FeedbackQueries queries,
            FeedbackViews views,
            FeedbackNotices notices,
            Clock clock) {
        this.feedback = feedback;
        this.people = people;
        this.values = values;
        this.access = access;
        this.links = links;
        this.queries = queries;
        this.views = views;
        this.notices = notices;
        this.clock = clock;
    }

    public PageResponse<FeedbackResponse> list(FeedbackQueries.Scope scope, UUID personId, PageQuery page) {
        if (scope == FeedbackQueries.Scope.ALL && !access.isAdmin()) {
            throw ApiException.forbidden("Only admins list all of the organization's feedback.");
        }
        return queries.list(scope, personId, page);
    }

    public FeedbackResponse get(UUID id) {
        Feedback f = feedback.findByIdOptional(id).orElse(null);
        access.requireKnown(f);
        return views.of(f);
    }

    @Transactional
    public FeedbackResponse give(GiveFeedbackRequest request) {
        Feedback f = give(
                new Gift(
                        request.recipientId(),
                        request.body(),
                        request.visibility(),
                        request.valueIds(),
                        request.objectiveId(),
                        request.sessionId(),
                        request.cycleId()),
                null);
        return views.of(f);
    }

    /** Checks and saves one gift (inside the caller's transaction); `answering` is the request it answers. */
    Feedback give(Gift gift, FeedbackRequest answering) {
        Person recipient = recipient(gift.recipientId());
        access.requireAllowed(gift.visibility(), "visibility");
        List<UUID> valueIds = distinct(gift.valueIds());
        List<CompanyValue> chosen = values.offered(valueIds, "valueIds");
        links.requireVisibleToGiver(gift.objectiveId(), gift.sessionId(), gift.cycleId());

        Feedback f = new Feedback();
        f.orgId = access.orgId();
        f.giverId = access.me();
        f.recipientId = recipient.id;
        f.body = gift.body().strip();
        f.visibility = gift.visibility();
        f.objectiveId = gift.objectiveId();
        f.sessionId = gift.sessionId();
        f.cycleId = gift.cycleId();
        if (answering != null) {
            f.requestId = answering.id;
            f.requesterId = answering.requesterId;
        }
        f.createdAt = clock.instant();
        feedback.persist(f);
        feedback.flush();
        EntityManager em = feedback.getEntityManager();
        for (CompanyValue value : chosen) {
            em.createNativeQuery("insert into feedback_values (feedback_id, value_id) values (:f, :v)")
                    .setParameter("f", f.id)
                    .setParameter("v", value.id)
                    .executeUpdate();
        }
        notices.received(f);
        return f;
    }

    /** An active person of the caller's organization other than the caller; else 404 or 400 on recipientId. */
    private Person recipient(UUID id) {
        Person person = people.findInOrg(access.orgId(), id)
                .orElseThrow(() -> ApiException.notFound("The person", "recipientId"));
        if (person.id.equals(access.me())) {
            throw ApiException.invalid("recipientId", "must be someone else: you cannot give feedback to yourself");
        }
        if (!person.active) {
            throw ApiException.invalid("recipientId", "is deactivated and can no longer receive feedback");
        }
        return person;
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }
}
