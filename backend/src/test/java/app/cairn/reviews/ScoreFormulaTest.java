package app.cairn.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.cairn.reviews.dto.Answer;
import app.cairn.reviews.dto.TemplateQuestion;
import app.cairn.reviews.dto.TemplateSection;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The overall score formula on fixed answers. */
class ScoreFormulaTest {

    static final UUID DELIVERY = UUID.randomUUID();
    static final UUID CRAFT = UUID.randomUUID();
    static final UUID NOTES = UUID.randomUUID();
    static final UUID GOALS = UUID.randomUUID();
    static final UUID SELF_ONLY = UUID.randomUUID();
    static final UUID O1 = UUID.randomUUID();
    static final UUID O2 = UUID.randomUUID();

    static final List<TemplateSection> SECTIONS = List.of(new TemplateSection(
            UUID.randomUUID(),
            "All",
            null,
            List.of(
                    q(DELIVERY, QuestionKind.RATING, "3"),
                    q(CRAFT, QuestionKind.RATING, "1"),
                    q(NOTES, QuestionKind.TEXT, null),
                    q(GOALS, QuestionKind.OBJECTIVES, "2"),
                    new TemplateQuestion(
                            SELF_ONLY,
                            QuestionKind.RATING,
                            "Self only",
                            null,
                            List.of(ReviewRole.SELF),
                            true,
                            BigDecimal.TEN))));

    static TemplateQuestion q(UUID id, QuestionKind kind, String weight) {
        return new TemplateQuestion(
                id,
                kind,
                kind + " " + id,
                null,
                List.of(ReviewRole.MANAGER),
                true,
                weight == null ? null : new BigDecimal(weight));
    }

    static Answer rating(UUID q, int value) {
        return new Answer(q, value, null, null, null);
    }

    @Test
    void shouldWeighEachRatedQuestionAndTheMeanOfTheObjectiveRatings() {
        // (3×4 + 1×2 + 2×mean(5,2)=2×3.5) / (3+1+2) = 21 / 6 = 3.50
        var result = ScoreFormula.calculate(
                SECTIONS,
                List.of(
                        rating(DELIVERY, 4),
                        rating(CRAFT, 2),
                        new Answer(NOTES, null, null, "text is not scored", null),
                        new Answer(
                                GOALS,
                                null,
                                null,
                                null,
                                List.of(
                                        new Answer.ObjectiveRating(O1, 5, null),
                                        new Answer.ObjectiveRating(O2, 2, null)))));
        assertEquals(new BigDecimal("3.50"), result.value());
        assertEquals(3, result.terms().size());
        assertEquals(new BigDecimal("3.5000"), result.terms().get(2).rating());
    }

    @Test
    void shouldLeaveOutNotRatedAnswersAndRoundHalfUp() {
        // (3×5 + 1×4) / 4 = 4.75; goals not rated at all
        var result = ScoreFormula.calculate(
                SECTIONS,
                List.of(
                        rating(DELIVERY, 5),
                        rating(CRAFT, 4),
                        new Answer(GOALS, null, null, null, List.of(new Answer.ObjectiveRating(O1, null, true)))));
        assertEquals(new BigDecimal("4.75"), result.value());
        // (3×2 + 1×3 + 2×2) / 6 = 13/6 = 2.1666… → 2.17
        var rounded = ScoreFormula.calculate(
                SECTIONS,
                List.of(
                        rating(DELIVERY, 2),
                        rating(CRAFT, 3),
                        new Answer(GOALS, null, null, null, List.of(new Answer.ObjectiveRating(O1, 2, null)))));
        assertEquals(new BigDecimal("2.17"), rounded.value());
    }

    @Test
    void shouldGiveNoScoreWithoutAnyRating() {
        var result = ScoreFormula.calculate(
                SECTIONS, List.of(new Answer(DELIVERY, null, true, null, null), rating(SELF_ONLY, 5)));
        assertNull(result.value());
    }
}
