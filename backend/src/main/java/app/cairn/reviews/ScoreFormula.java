package app.cairn.reviews;

import app.cairn.reviews.dto.Answer;
import app.cairn.reviews.dto.Score;
import app.cairn.reviews.dto.TemplateQuestion;
import app.cairn.reviews.dto.TemplateSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The overall score, transparent by design: the weighted average of the manager's ratings. Each
 * rating question the manager answers counts with its weight; an objectives question counts as the
 * plain mean of the objective ratings, with its weight. "Not rated" answers and weight-0 questions are
 * left out. Rounded half-up to 2 decimals. No rating at all gives no score.
 */
public final class ScoreFormula {

    public static final String DESCRIPTION =
            "Weighted average of the manager's ratings: sum(weight × rating) / sum(weight)"
                    + " over the rated questions; an objectives question counts as the mean of its objective ratings."
                    + " \"Not rated\" answers are left out. Rounded to 2 decimals.";

    private ScoreFormula() {}

    public record Result(BigDecimal value, List<Score.Term> terms) {}

    public static Result calculate(List<TemplateSection> sections, List<Answer> managerAnswers) {
        Map<UUID, Answer> byQuestion =
                managerAnswers.stream().collect(Collectors.toMap(Answer::questionId, Function.identity(), (a, b) -> b));
        List<Score.Term> terms = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (TemplateSection section : sections) {
            for (TemplateQuestion q : section.questions()) {
                if (q.kind() == QuestionKind.TEXT || !q.roles().contains(ReviewRole.MANAGER)) {
                    continue;
                }
                BigDecimal weight = q.weight() == null ? BigDecimal.ONE : q.weight();
                BigDecimal rating = ratingOf(q, byQuestion.get(q.id()));
                terms.add(new Score.Term(q.id(), q.text(), weight, rating));
                if (rating != null && weight.signum() > 0) {
                    weighted = weighted.add(weight.multiply(rating));
                    weights = weights.add(weight);
                }
            }
        }
        BigDecimal value = weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
        return new Result(value, terms);
    }

    private static BigDecimal ratingOf(TemplateQuestion q, Answer answer) {
        if (answer == null) {
            return null;
        }
        if (q.kind() == QuestionKind.RATING) {
            return Boolean.TRUE.equals(answer.notRated()) || answer.rating() == null
                    ? null
                    : BigDecimal.valueOf(answer.rating());
        }
        if (answer.objectiveRatings() == null) {
            return null;
        }
        List<Integer> rated = answer.objectiveRatings().stream()
                .filter(r -> !Boolean.TRUE.equals(r.notRated()))
                .map(Answer.ObjectiveRating::rating)
                .filter(Objects::nonNull)
                .toList();
        if (rated.isEmpty()) {
            return null;
        }
        int sum = rated.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rated.size()), 4, RoundingMode.HALF_UP);
    }
}
