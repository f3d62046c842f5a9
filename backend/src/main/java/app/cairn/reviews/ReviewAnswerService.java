package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.persistence.Versions;
import app.cairn.objectives.Objective;
import app.cairn.reviews.dto.Answer;
import app.cairn.reviews.dto.AnswersRequest;
import app.cairn.reviews.dto.AnswersResponse;
import app.cairn.reviews.dto.TemplateQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers per role: saved as drafts, then submitted once. Each write checks, before saving anything,
 * that the caller holds the role, the step is open (cycle active, deadline not passed, review at that
 * step) and every answer fits its question. Submitting the self review moves the review to
 * MANAGER_REVIEW; submitting the manager review fixes the calculated rating and moves it on to
 * CALIBRATION when the cycle calibrates.
 */
@ApplicationScoped
public class ReviewAnswerService {

    public static final String NOT_STARTED = "NOT_STARTED";
    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";

    private final ReviewLoader loader;
    private final ReviewAccess access;
    private final ReviewAnswersRepository answers;
    private final ReviewJson json;
    private final Clock clock;

    public ReviewAnswerService(
            ReviewLoader loader, ReviewAccess access, ReviewAnswersRepository answers, ReviewJson json, Clock clock) {
        this.loader = loader;
        this.access = access;
        this.answers = answers;
        this.json = json;
        this.clock = clock;
    }

    public AnswersResponse get(UUID reviewId, ReviewRole role) {
        ReviewContext context = loader.visible(reviewId);
        Review review = context.review();
        boolean own = switch (role) {
            case SELF -> access.isReviewee(review);
            case MANAGER -> access.isManager(review);
            case PEER -> access.isPeer(review);
        };
        if (own) {
            return toResponse(review.id, role, mine(review, role));
        }
        boolean mayRead = switch (role) {
            case SELF -> access.isInsider(review);
            case MANAGER ->
                review.isShared()
                        ? access.isInsider(review)
                        : !access.isReviewee(review) && (access.isAdmin() || access.isSkipLevel(review));
            case PEER -> false;
        };
        Optional<ReviewAnswers> part = role == ReviewRole.PEER ? Optional.empty() : authored(review, role);
        if (!mayRead || part.isEmpty() || !part.get().isSubmitted()) {
            throw ApiException.notFound("This part of the review");
        }
        return toResponse(review.id, role, part);
    }

    @Transactional
    public AnswersResponse save(UUID reviewId, ReviewRole role, AnswersRequest request) {
        ReviewContext context = loader.forUpdate(reviewId);
        requireOpen(context, role);
        Optional<ReviewAnswers> existing = mine(context.review(), role);
        if (existing.isPresent()) {
            Versions.check(request.version(), existing.get().version, "These answers");
        }
        validate(context, role, request.answers());
        ReviewAnswers row = existing.orElseGet(() -> {
            ReviewAnswers created = new ReviewAnswers();
            created.orgId = context.review().orgId;
            created.reviewId = context.review().id;
            created.role = role;
            created.authorId = access.me();
            return created;
        });
        row.answers = json.write(request.answers());
        if (existing.isEmpty()) {
            answers.persist(row);
        }
        answers.flush();
        return toResponse(context.review().id, role, Optional.of(row));
    }

    @Transactional
    public AnswersResponse submit(UUID reviewId, ReviewRole role, Integer version) {
        ReviewContext context = loader.forUpdate(reviewId);
        requireOpen(context, role);
        Review review = context.review();
        Optional<ReviewAnswers> existing = mine(review, role);
        if (existing.isPresent()) {
            Versions.check(version, existing.get().version, "These answers");
        }
        List<Answer> given = existing.map(a -> json.answers(a.answers)).orElse(List.of());
        requireComplete(context, role, given);
        if (role == ReviewRole.MANAGER
                && review.state == ReviewState.SELF_REVIEW
                && !clock.instant().isAfter(context.cycle().selfReviewDue)) {
            throw ApiException.conflict(
                    "The self review is not in yet: submit after it, or after its deadline has passed.");
        }
        ReviewAnswers row = existing.orElseGet(() -> {
            ReviewAnswers created = new ReviewAnswers();
            created.orgId = review.orgId;
            created.reviewId = review.id;
            created.role = role;
            created.authorId = access.me();
            answers.persist(created);
            return created;
        });
        Instant now = clock.instant();
        row.submittedAt = now;
        switch (role) {
            case SELF -> review.state = ReviewState.MANAGER_REVIEW;
            case MANAGER -> {
                review.managerSubmittedAt = now;
                review.provisionalRating =
                        ScoreFormula.calculate(context.sections(), given).value();
                review.overallRating = review.provisionalRating;
                review.state = context.cycle().calibration ? ReviewState.CALIBRATION : ReviewState.MANAGER_REVIEW;
            }
            case PEER -> {}
        }
        answers.flush();
        return toResponse(review.id, role, Optional.of(row));
    }

    /** The step of `role` is open for the caller: else 404 (not visible), 403 (not their role) or 409. */
    void requireOpen(ReviewContext context, ReviewRole role) {
        Review review = context.review();
        ReviewCycle cycle = context.cycle();
        boolean holds = switch (role) {
            case SELF -> access.isReviewee(review);
            case MANAGER -> access.isManager(review);
            case PEER -> access.isPeer(review);
        };
        if (!holds) {
            throw ApiException.forbidden(
                    "You do not answer the " + role.name().toLowerCase() + " part of this review.");
        }
        if (cycle.state != CycleState.ACTIVE) {
            throw ApiException.conflict("This cycle is closed: answers can no longer change.");
        }
        Instant now = clock.instant();
        Instant due = switch (role) {
            case SELF -> cycle.selfReviewDue;
            case MANAGER -> cycle.managerReviewDue;
            case PEER -> cycle.peerAnswersDue;
        };
        if (due != null && now.isAfter(due)) {
            throw ApiException.conflict("The deadline of this step has passed (" + due + ").");
        }
        Optional<ReviewAnswers> mine = mine(review, role);
        if (mine.isPresent() && mine.get().isSubmitted()) {
            throw ApiException.conflict("These answers were submitted: they can no longer change.");
        }
        boolean stepOpen = switch (role) {
            case SELF -> review.state == ReviewState.SELF_REVIEW;
            case MANAGER -> review.state.compareTo(ReviewState.MANAGER_REVIEW) <= 0;
            case PEER -> review.state.compareTo(ReviewState.CALIBRATION) < 0;
        };
        if (!stepOpen) {
            throw ApiException.conflict("This review has moved past that step.");
        }
    }

    private void validate(ReviewContext context, ReviewRole role, List<Answer> given) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Set<UUID> objectiveIds = null;
        for (int i = 0; i < given.size(); i++) {
            Answer answer = given.get(i);
            String field = "answers[" + i + "]";
            Optional<TemplateQuestion> question = context.question(answer.questionId());
            if (question.isEmpty()) {
                errors.add(new FieldError(field + ".questionId", "is not a question of this review"));
                continue;
            }
            TemplateQuestion q = question.get();
            if (!q.roles().contains(role)) {
                errors.add(new FieldError(
                        field + ".questionId",
                        "is not asked of the " + role.name().toLowerCase() + " role"));
                continue;
            }
            if (!seen.add(q.id())) {
                errors.add(new FieldError(field + ".questionId", "is answered twice"));
                continue;
            }
            boolean notRated = Boolean.TRUE.equals(answer.notRated());
            switch (q.kind()) {
                case RATING -> {
                    if (answer.rating() != null && !context.onScale(answer.rating())) {
                        errors.add(new FieldError(field + ".rating", scaleMessage(context)));
                    }
                    if (notRated && !context.template().allowNotRated) {
                        errors.add(new FieldError(field + ".notRated", "this template has no \"not rated\""));
                    }
                    if (notRated && answer.rating() != null) {
                        errors.add(new FieldError(field + ".rating", "give a rating or \"not rated\", not both"));
                    }
                    if (answer.objectiveRatings() != null
                            && !answer.objectiveRatings().isEmpty()) {
                        errors.add(new FieldError(field + ".objectiveRatings", "belong to objectives questions"));
                    }
                }
                case TEXT -> {
                    if (answer.rating() != null || notRated || answer.objectiveRatings() != null) {
                        errors.add(new FieldError(field + ".rating", "a text question takes only text"));
                    }
                }
                case OBJECTIVES -> {
                    if (answer.rating() != null || notRated) {
                        errors.add(new FieldError(field + ".rating", "rate each objective in objectiveRatings"));
                    }
                    if (objectiveIds == null) {
                        objectiveIds = loader.objectivesOf(context).stream()
                                .map(o -> o.id)
                                .collect(Collectors.toSet());
                    }
                    List<Answer.ObjectiveRating> ratings =
                            answer.objectiveRatings() == null ? List.of() : answer.objectiveRatings();
                    Set<UUID> rated = new HashSet<>();
                    for (int j = 0; j < ratings.size(); j++) {
                        Answer.ObjectiveRating r = ratings.get(j);
                        String rf = field + ".objectiveRatings[" + j + "]";
                        if (!objectiveIds.contains(r.objectiveId()) || !rated.add(r.objectiveId())) {
                            errors.add(new FieldError(
                                    rf + ".objectiveId", "is not one of the reviewee's objectives in the period"));
                        }
                        if (r.rating() != null && !context.onScale(r.rating())) {
                            errors.add(new FieldError(rf + ".rating", scaleMessage(context)));
                        }
                        if (Boolean.TRUE.equals(r.notRated()) && !context.template().allowNotRated) {
                            errors.add(new FieldError(rf + ".notRated", "this template has no \"not rated\""));
                        }
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void requireComplete(ReviewContext context, ReviewRole role, List<Answer> given) {
        Map<UUID, Answer> byQuestion =
                given.stream().collect(Collectors.toMap(Answer::questionId, Function.identity(), (a, b) -> b));
        List<Objective> objectives = null;
        List<FieldError> missing = new ArrayList<>();
        for (TemplateQuestion q : context.questionsFor(role)) {
            if (!q.required()) {
                continue;
            }
            Answer a = byQuestion.get(q.id());
            boolean answered;
            if (a == null) {
                answered = false;
            } else {
                answered = switch (q.kind()) {
                    case RATING -> a.rating() != null || Boolean.TRUE.equals(a.notRated());
                    case TEXT -> a.text() != null && !a.text().isBlank();
                    case OBJECTIVES -> {
                        if (objectives == null) {
                            objectives = loader.objectivesOf(context);
                        }
                        Set<UUID> done = a.objectiveRatings() == null
                                ? Set.of()
                                : a.objectiveRatings().stream()
                                        .filter(r -> r.rating() != null || Boolean.TRUE.equals(r.notRated()))
                                        .map(Answer.ObjectiveRating::objectiveId)
                                        .collect(Collectors.toSet());
                        yield objectives.stream().allMatch(o -> done.contains(o.id));
                    }
                };
            }
            if (!answered) {
                missing.add(new FieldError("answers[" + q.id() + "]", "is required: " + q.text()));
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
    }

    private static String scaleMessage(ReviewContext context) {
        return "must be one of the scale's values ("
                + context.scale().stream().map(p -> String.valueOf(p.value())).collect(Collectors.joining(", "))
                + ")";
    }

    /** The caller's own rows on each of these reviews, by review and role, in one query (for lists). */
    Map<UUID, Map<ReviewRole, ReviewAnswers>> mineOn(List<UUID> reviewIds) {
        Map<UUID, Map<ReviewRole, ReviewAnswers>> rows = new HashMap<>();
        if (!reviewIds.isEmpty()) {
            answers.list("reviewId in ?1 and authorId = ?2", reviewIds, access.me())
                    .forEach(a -> rows.computeIfAbsent(a.reviewId, id -> new EnumMap<>(ReviewRole.class))
                            .put(a.role, a));
        }
        return rows;
    }

    Optional<ReviewAnswers> mine(Review review, ReviewRole role) {
        return answers.find("reviewId = ?1 and role = ?2 and authorId = ?3", review.id, role, access.me())
                .firstResultOptional();
    }

    /** The one SELF or MANAGER row of a review, whoever wrote it. */
    Optional<ReviewAnswers> authored(Review review, ReviewRole role) {
        return answers.find("reviewId = ?1 and role = ?2", review.id, role).firstResultOptional();
    }

    static String status(Optional<ReviewAnswers> row) {
        return row.map(a -> a.isSubmitted() ? SUBMITTED : DRAFT).orElse(NOT_STARTED);
    }

    private AnswersResponse toResponse(UUID reviewId, ReviewRole role, Optional<ReviewAnswers> row) {
        return new AnswersResponse(
                reviewId,
                role,
                status(row),
                row.map(a -> json.answers(a.answers)).orElse(List.of()),
                row.map(a -> a.submittedAt).orElse(null),
                row.map(a -> a.updatedAt).orElse(null),
                row.map(a -> a.version).orElse(0));
    }
}
