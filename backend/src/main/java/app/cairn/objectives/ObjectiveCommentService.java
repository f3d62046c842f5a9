package app.cairn.objectives;

import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.objectives.dto.CommentRequest;
import app.cairn.objectives.dto.CommentResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The discussion on an objective: anyone who may see it reads and adds comments; its owner is told. */
@ApplicationScoped
public class ObjectiveCommentService {

    private final ObjectiveService objectives;
    private final ObjectiveCommentRepository comments;
    private final ObjectiveAccess access;
    private final Clock clock;
    private final DomainEvents events;

    public ObjectiveCommentService(
            ObjectiveService objectives,
            ObjectiveCommentRepository comments,
            ObjectiveAccess access,
            Clock clock,
            DomainEvents events) {
        this.objectives = objectives;
        this.comments = comments;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    public PageResponse<CommentResponse> comments(UUID id, PageQuery page) {
        Objective objective = objectives.findVisible(id);
        List<CommentResponse> items = comments
                .getEntityManager()
                .createQuery(
                        "select c, p.name from ObjectiveComment c join Person p on p.id = c.authorId"
                                + " where c.objectiveId = :o order by c.createdAt, c.id",
                        Object[].class)
                .setParameter("o", objective.id)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList()
                .stream()
                .map(row -> toResponse((ObjectiveComment) row[0], (String) row[1]))
                .toList();
        return new PageResponse<>(items, page.page, page.size, comments.count("objectiveId", objective.id));
    }

    @Transactional
    public CommentResponse addComment(UUID id, CommentRequest request) {
        Objective objective = objectives.findVisible(id);
        ObjectiveComment comment = new ObjectiveComment();
        comment.orgId = objective.orgId;
        comment.objectiveId = objective.id;
        comment.authorId = access.me();
        comment.body = request.body().trim();
        comment.createdAt = clock.instant();
        comments.persist(comment);
        events.publish(
                EventTypes.OBJECTIVE_COMMENTED,
                objective.orgId,
                objective.id,
                access.me(),
                Map.of("commentId", comment.id));
        return toResponse(comment, access.caller().name);
    }

    private static CommentResponse toResponse(ObjectiveComment comment, String authorName) {
        return new CommentResponse(comment.id, new Ref(comment.authorId, authorName), comment.body, comment.createdAt);
    }
}
