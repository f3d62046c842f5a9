import type { Review } from '@/features/reviews/api/get-review';
import { formatRating } from '@/features/reviews/components/format';
import styles from '@/features/reviews/components/reviews.module.css';

/**
 * The overall rating; the calculated one for the manager; the formula and its terms for those who
 * calibrate (the API leaves out what the viewer does not see).
 */
export function ScorePanel({ review }: { review: Review }) {
  const score = review.score;
  if (!score) return null;
  return (
    <section className="score-panel" aria-label="Overall rating">
      <p className={styles.scoreValue}>
        <span className="muted small">Overall rating</span>
        <strong>{formatRating(score.overall ?? score.calculated)}</strong>
        {score.adjusted && <span className="badge badge-muted">Adjusted</span>}
      </p>
      {(score.calculated != null || score.formula) && (
        <p className="muted small">
          {score.calculated != null && <>Calculated: {formatRating(score.calculated)}. </>}
          {score.formula}
        </p>
      )}
      {score.terms.length > 0 && (
        <table className={`table ${styles.tableCompact}`}>
          <caption className="visually-hidden">Terms of the formula</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Weight</th>
              <th scope="col">Rating</th>
            </tr>
          </thead>
          <tbody>
            {score.terms.map((term) => (
              <tr key={term.questionId}>
                <td>{term.question}</td>
                <td>{term.weight}</td>
                <td>{formatRating(term.rating)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
