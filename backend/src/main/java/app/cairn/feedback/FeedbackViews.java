package app.cairn.feedback;

import app.cairn.common.web.Ref;
import app.cairn.feedback.dto.FeedbackResponse;
import app.cairn.feedback.dto.FeedbackResponse.AnswerOf;
import app.cairn.feedback.dto.FeedbackResponse.LinkedSession;
import app.cairn.feedback.dto.FeedbackResponse.ReactionCount;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Turns feedback rows into responses for the caller, in one query per kind of detail for a whole
 * page (names, values, reactions, requests, and each kind of link). Text, values and links are
 * filled in only for the rows the caller may read; the rest show only that they exist.
 */
@RequestScoped
public class FeedbackViews {

    private final FeedbackAccess access;
    private final FeedbackLinks links;
    private final FeedbackMarkdown markdown;

    public FeedbackViews(FeedbackAccess access, FeedbackLinks links, FeedbackMarkdown markdown) {
        this.access = access;
        this.links = links;
        this.markdown = markdown;
    }

    public FeedbackResponse of(Feedback f) {
        return of(List.of(f), access.canRead(f) ? Set.of(f.id) : Set.of()).get(0);
    }

    public List<FeedbackResponse> of(List<Feedback> items, Set<UUID> readable) {
        List<Feedback> open =
                items.stream().filter(f -> readable.contains(f.id)).toList();
        Map<UUID, String> names = names(items.stream()
                .flatMap(f -> Stream.of(f.giverId, f.recipientId, f.requesterId))
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        Map<UUID, List<Ref>> values = values(ids(open, f -> f.id));
        Map<UUID, List<ReactionCount>> reactions = reactions(
                open.stream().filter(Feedback::isPraise).map(f -> f.id).toList());
        Map<UUID, String> prompts = prompts(ids(open, f -> f.requestId));
        Map<UUID, Ref> objectives = links.objectives(ids(open, f -> f.objectiveId));
        Map<UUID, LinkedSession> sessions = links.sessions(ids(open, f -> f.sessionId));
        Map<UUID, Ref> cycles = links.cycles(ids(open, f -> f.cycleId));
        return items.stream()
                .map(f -> {
                    boolean visible = readable.contains(f.id);
                    return new FeedbackResponse(
                            f.id,
                            new Ref(f.giverId, names.get(f.giverId)),
                            new Ref(f.recipientId, names.get(f.recipientId)),
                            f.visibility,
                            f.isPraise(),
                            f.createdAt,
                            visible,
                            visible ? f.body : null,
                            visible ? markdown.toHtml(f.body) : null,
                            visible ? values.getOrDefault(f.id, List.of()) : List.of(),
                            visible ? objectives.get(f.objectiveId) : null,
                            visible ? sessions.get(f.sessionId) : null,
                            visible ? cycles.get(f.cycleId) : null,
                            visible && f.requestId != null
                                    ? new AnswerOf(
                                            f.requestId,
                                            new Ref(f.requesterId, names.get(f.requesterId)),
                                            prompts.get(f.requestId))
                                    : null,
                            reactions.getOrDefault(f.id, List.of()));
                })
                .toList();
    }

    private static Set<UUID> ids(List<Feedback> items, java.util.function.Function<Feedback, UUID> field) {
        Set<UUID> ids = new HashSet<>();
        items.forEach(f -> {
            UUID id = field.apply(f);
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em().createQuery("select p.id, p.name from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    private Map<UUID, List<Ref>> values(Collection<UUID> feedbackIds) {
        Map<UUID, List<Ref>> values = new HashMap<>();
        if (!feedbackIds.isEmpty()) {
            rows(
                            "select fv.feedback_id, v.id, v.name from feedback_values fv join company_values v"
                                    + " on v.id = fv.value_id where fv.feedback_id in (:ids) order by v.position, v.name",
                            feedbackIds)
                    .forEach(row -> values.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                            .add(new Ref((UUID) row[1], (String) row[2])));
        }
        return values;
    }

    private Map<UUID, List<ReactionCount>> reactions(Collection<UUID> feedbackIds) {
        Map<UUID, List<ReactionCount>> reactions = new HashMap<>();
        if (!feedbackIds.isEmpty()) {
            em().createNativeQuery("select feedback_id, reaction, count(*), bool_or(person_id = :me)"
                            + " from feedback_reactions where feedback_id in (:ids) group by feedback_id, reaction"
                            + " order by feedback_id, reaction")
                    .setParameter("ids", feedbackIds)
                    .setParameter("me", access.me())
                    .getResultList()
                    .forEach(r -> {
                        Object[] row = (Object[]) r;
                        reactions
                                .computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                                .add(new ReactionCount(
                                        Reaction.valueOf((String) row[1]),
                                        ((Number) row[2]).longValue(),
                                        Boolean.TRUE.equals(row[3])));
                    });
        }
        return reactions;
    }

    private Map<UUID, String> prompts(Collection<UUID> requestIds) {
        Map<UUID, String> prompts = new HashMap<>();
        if (!requestIds.isEmpty()) {
            rows("select id, prompt from feedback_requests where id in (:ids)", requestIds)
                    .forEach(row -> prompts.put((UUID) row[0], (String) row[1]));
        }
        return prompts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<UUID> ids) {
        return em().createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
