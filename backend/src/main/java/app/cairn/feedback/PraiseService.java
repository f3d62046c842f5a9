package app.cairn.feedback;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.FeedbackResponse;
import app.cairn.feedback.dto.GivePraiseRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Public praise: given to someone, shown on the wall and their profile, with reactions. */
@ApplicationScoped
public class PraiseService {

    private final FeedbackService feedback;
    private final FeedbackRepository repository;
    private final FeedbackAccess access;
    private final FeedbackQueries queries;
    private final FeedbackViews views;
    private final Clock clock;

    public PraiseService(
            FeedbackService feedback,
            FeedbackRepository repository,
            FeedbackAccess access,
            FeedbackQueries queries,
            FeedbackViews views,
            Clock clock) {
        this.feedback = feedback;
        this.repository = repository;
        this.access = access;
        this.queries = queries;
        this.views = views;
        this.clock = clock;
    }

    public PageResponse<FeedbackResponse> wall(FeedbackQueries.WallFilter filter, PageQuery page) {
        access.requirePublicPraise();
        return queries.wall(filter, page);
    }

    @Transactional
    public FeedbackResponse give(GivePraiseRequest request) {
        access.requirePublicPraise();
        Feedback praise = feedback.give(
                new FeedbackService.Gift(
                        request.recipientId(),
                        request.body(),
                        FeedbackVisibility.PUBLIC,
                        request.valueIds(),
                        request.objectiveId(),
                        null,
                        null),
                null);
        return views.of(praise);
    }

    /** Adds the caller's reaction (adding it twice keeps one). */
    @Transactional
    public FeedbackResponse react(UUID id, Reaction reaction) {
        Feedback praise = onWall(id);
        repository
                .getEntityManager()
                .createNativeQuery("insert into feedback_reactions (feedback_id, person_id, reaction, created_at)"
                        + " values (:f, :me, :r, :now) on conflict do nothing")
                .setParameter("f", praise.id)
                .setParameter("me", access.me())
                .setParameter("r", reaction.name())
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return views.of(praise);
    }

    /** Removes the caller's reaction, if they had added it. */
    @Transactional
    public FeedbackResponse unreact(UUID id, Reaction reaction) {
        Feedback praise = onWall(id);
        repository
                .getEntityManager()
                .createNativeQuery(
                        "delete from feedback_reactions where feedback_id = :f and person_id = :me and reaction = :r")
                .setParameter("f", praise.id)
                .setParameter("me", access.me())
                .setParameter("r", reaction.name())
                .executeUpdate();
        return views.of(praise);
    }

    private Feedback onWall(UUID id) {
        Feedback praise = repository.findByIdOptional(id).orElse(null);
        access.requireOnWall(praise);
        return praise;
    }
}
