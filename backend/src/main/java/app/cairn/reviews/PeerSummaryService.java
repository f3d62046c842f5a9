package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.reviews.dto.Answer;
import app.cairn.reviews.dto.PeerSummary;
import app.cairn.reviews.dto.ScalePoint;
import app.cairn.reviews.dto.TemplateQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The only way peer answers leave the server: aggregated, without names. A rater group is released
 * when at least the organization's anonymity threshold submitted and its answering is over (the peer
 * deadline passed or the cycle closed), so that no one can tell one answer from the next by reading
 * the summary before and after it. A rating question with fewer ratings than the threshold shows no
 * figures. Comments come in an order derived from their text alone, never from who or when. The
 * reviewee sees a released summary only as the cycle's {@link PeerSummaryRelease} says: after the peer
 * deadline, or (the default) once their review is shared.
 */
@ApplicationScoped
public class PeerSummaryService {

    public static final String PEER_GROUP = "PEER";

    private final ReviewLoader loader;
    private final ReviewAccess access;
    private final ReviewAnswersRepository answers;
    private final OrganizationRepository organizations;
    private final ReviewJson json;
    private final Clock clock;

    public PeerSummaryService(
            ReviewLoader loader,
            ReviewAccess access,
            ReviewAnswersRepository answers,
            OrganizationRepository organizations,
            ReviewJson json,
            Clock clock) {
        this.loader = loader;
        this.access = access;
        this.answers = answers;
        this.organizations = organizations;
        this.json = json;
        this.clock = clock;
    }

    public PeerSummary summary(UUID reviewId) {
        ReviewContext context = loader.visible(reviewId);
        if (!access.isInsider(context.review())) {
            throw ApiException.forbidden("Peers see only their own answers.");
        }
        int threshold = Math.max(1, organizations.findById(context.review().orgId).anonymityThreshold);
        List<PeerSummary.Group> groups = new ArrayList<>();
        if (context.cycle().isPeerCycle()) {
            groups.add(peerGroup(context, threshold));
        }
        return new PeerSummary(context.review().id, threshold, groups);
    }

    private PeerSummary.Group peerGroup(ReviewContext context, int threshold) {
        List<List<Answer>> submitted = answers
                .list("reviewId = ?1 and role = ?2 and submittedAt is not null", context.review().id, ReviewRole.PEER)
                .stream()
                .map(a -> json.answers(a.answers))
                .toList();
        ReviewCycle cycle = context.cycle();
        boolean answeringOver = cycle.state == CycleState.CLOSED
                || (cycle.peerAnswersDue != null && clock.instant().isAfter(cycle.peerAnswersDue));
        if (access.isReviewee(context.review()) && !releasedToReviewee(context)) {
            // Before anything else, so the reviewee learns nothing (not even whether enough peers answered).
            return withheld("Your peers' answers are shown to you when your review is shared.");
        }
        // Until answering closes the message is the same whatever the count, so that it does not
        // change the moment the threshold-th peer submits (which would tell who just answered).
        if (!answeringOver) {
            return withheld("Peer answers are shown once the peer answering deadline has passed.");
        }
        if (submitted.size() < threshold) {
            return withheld("Not enough responses: peer answers are shown once at least " + threshold
                    + " peers have answered.");
        }
        List<PeerSummary.RatingSummary> ratings = new ArrayList<>();
        List<PeerSummary.Comments> comments = new ArrayList<>();
        for (TemplateQuestion q : context.questionsFor(ReviewRole.PEER)) {
            List<Answer> forQuestion = submitted.stream()
                    .flatMap(List::stream)
                    .filter(a -> a.questionId().equals(q.id()))
                    .toList();
            if (q.kind() == QuestionKind.RATING) {
                ratings.add(rating(context, q, forQuestion, threshold));
            }
            List<String> texts = forQuestion.stream()
                    .map(Answer::text)
                    .filter(Objects::nonNull)
                    .map(String::trim)
                    .filter(t -> !t.isEmpty())
                    .sorted(Comparator.comparing((String t) -> digest(context.review().id, t)))
                    .toList();
            if (!texts.isEmpty()) {
                comments.add(new PeerSummary.Comments(q.id(), q.text(), texts));
            }
        }
        return new PeerSummary.Group(
                PEER_GROUP,
                true,
                submitted.size() + " peers answered. Answers are anonymous: no one sees who wrote what.",
                submitted.size(),
                ratings,
                comments);
    }

    /** The cycle's setting: after the peer deadline, or only once the review is shared (default). */
    private static boolean releasedToReviewee(ReviewContext context) {
        return context.cycle().peerSummaryRelease == PeerSummaryRelease.AFTER_PEER_DEADLINE
                || switch (context.review().state) {
                    case SHARED, ACKNOWLEDGED, SIGNED_OFF -> true;
                    default -> false;
                };
    }

    private static PeerSummary.Group withheld(String message) {
        return new PeerSummary.Group(PEER_GROUP, false, message, null, List.of(), List.of());
    }

    private static PeerSummary.RatingSummary rating(
            ReviewContext context, TemplateQuestion q, List<Answer> forQuestion, int threshold) {
        List<Integer> values = forQuestion.stream()
                .filter(a -> !Boolean.TRUE.equals(a.notRated()))
                .map(Answer::rating)
                .filter(Objects::nonNull)
                .toList();
        int notRated = (int) forQuestion.stream()
                .filter(a -> Boolean.TRUE.equals(a.notRated()))
                .count();
        if (values.size() < threshold) {
            return new PeerSummary.RatingSummary(q.id(), q.text(), false, null, null, List.of(), null);
        }
        List<PeerSummary.Bucket> distribution = new ArrayList<>();
        for (ScalePoint point : context.scale()) {
            long count = values.stream().filter(v -> v == point.value()).count();
            distribution.add(new PeerSummary.Bucket(point.value(), point.label(), count));
        }
        BigDecimal average = BigDecimal.valueOf(
                        values.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
        return new PeerSummary.RatingSummary(q.id(), q.text(), true, values.size(), average, distribution, notRated);
    }

    private static String digest(UUID salt, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
