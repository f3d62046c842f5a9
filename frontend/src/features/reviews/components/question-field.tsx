import { useId } from 'react';
import type { Review, ReviewQuestion } from '@/features/reviews/api/get-review';
import type { Answer } from '@/features/reviews/api/review-answers';
import { RatingControl } from '@/features/reviews/components/rating-control';
import styles from '@/features/reviews/components/reviews.module.css';

type Props = {
  question: ReviewQuestion;
  review: Review;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
};

/** One question of the form: a rating, a text, or a rating per objective. */
export function QuestionField({ question, review, answer, onChange }: Props) {
  const id = useId();
  const questionId = question.id ?? '';
  if (question.kind === 'RATING') {
    return (
      <div className={styles.question}>
        <RatingControl
          label={question.text}
          scale={review.scale}
          allowNotRated={review.allowNotRated}
          required={question.required}
          value={answer?.rating ?? null}
          notRated={Boolean(answer?.notRated)}
          onChange={(rating, notRated) =>
            onChange({
              questionId,
              rating: rating ?? undefined,
              notRated: notRated || undefined,
            })
          }
        />
        {question.help && <p className="field-hint">{question.help}</p>}
      </div>
    );
  }
  if (question.kind === 'TEXT') {
    return (
      <div className={`field ${styles.question}`}>
        <label htmlFor={id} className="field-label">
          {question.text}
          {!question.required && <span className="field-optional"> (optional)</span>}
        </label>
        <textarea
          id={id}
          className="input"
          rows={4}
          value={answer?.text ?? ''}
          onChange={(event) => onChange({ questionId, text: event.target.value })}
        />
      </div>
    );
  }
  const ratings = answer?.objectiveRatings ?? [];
  return (
    <div className={styles.question}>
      <p className="field-label">{question.text}</p>
      {review.objectives.length === 0 ? (
        <p className="muted">No agreed objectives in this period.</p>
      ) : (
        review.objectives.map((objective) => {
          const current = ratings.find((r) => r.objectiveId === objective.id);
          return (
            <RatingControl
              key={objective.id}
              label={`${objective.title} (${Math.round(objective.progress)}%)`}
              scale={review.scale}
              allowNotRated={review.allowNotRated}
              required={question.required}
              value={current?.rating ?? null}
              notRated={Boolean(current?.notRated)}
              onChange={(rating, notRated) =>
                onChange({
                  questionId,
                  objectiveRatings: [
                    ...ratings.filter((r) => r.objectiveId !== objective.id),
                    {
                      objectiveId: objective.id,
                      rating: rating ?? undefined,
                      notRated: notRated || undefined,
                    },
                  ],
                })
              }
            />
          );
        })
      )}
    </div>
  );
}
