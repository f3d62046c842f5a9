import type { Review } from '@/features/reviews/api/get-review';
import { useAnswers, type Role } from '@/features/reviews/api/review-answers';
import { questionsFor } from '@/features/reviews/components/review-questions';
import styles from '@/features/reviews/components/reviews.module.css';

/** A submitted part of the review, read-only. Renders nothing when the caller may not see it. */
export function AnswersView({
  review,
  role,
  title,
}: {
  review: Review;
  role: Role;
  title: string;
}) {
  const answers = useAnswers(review.id, role);
  if (!answers.data) return null;
  const byQuestion = new Map(answers.data.answers.map((a) => [a.questionId, a]));
  const label = (value: number | null | undefined) => {
    const point = review.scale.find((p) => p.value === value);
    return point ? `${point.value} · ${point.label}` : 'Not rated';
  };
  return (
    <section className={styles.answersView} aria-label={title}>
      <h3>{title}</h3>
      <dl className={styles.answersList}>
        {questionsFor(review, role)
          .flatMap((s) => s.questions)
          .map((q) => {
            const a = byQuestion.get(q.id ?? '');
            let shown = '—';
            if (a && q.kind === 'RATING') shown = label(a.rating);
            if (a && q.kind === 'TEXT') shown = a.text || '—';
            if (a && q.kind === 'OBJECTIVES')
              shown =
                (a.objectiveRatings ?? [])
                  .map((r) => {
                    const o = review.objectives.find((x) => x.id === r.objectiveId);
                    return `${o?.title ?? 'Objective'}: ${label(r.rating)}`;
                  })
                  .join('; ') || '—';
            return (
              <div key={q.id}>
                <dt>{q.text}</dt>
                <dd>{shown}</dd>
              </div>
            );
          })}
      </dl>
    </section>
  );
}
