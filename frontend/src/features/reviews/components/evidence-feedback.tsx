import { Link } from 'react-router';
import { RichText } from '@/components/ui/rich-text';
import type { Evidence } from '@/features/reviews/api/get-review-extras';
import { formatDate } from '@/lib/format-date';
import styles from '@/features/reviews/components/reviews.module.css';

const VISIBILITY: Record<string, string> = {
  PRIVATE: 'private',
  MANAGERS: 'for managers',
  PUBLIC: 'praise',
};

/** Feedback and praise the reviewee received in the period that the viewer may read. */
export function EvidenceFeedback({ feedback }: { feedback: Evidence['feedback'] }) {
  return (
    <>
      <h3 className={styles.evidenceHeading}>Feedback and praise in the period</h3>
      {feedback.length === 0 ? (
        <p className="muted small">No feedback you may read in this period.</p>
      ) : (
        <ul className={styles.evidenceList}>
          {feedback.map((f) => (
            <li key={f.id}>
              <strong>
                {formatDate(f.createdAt)} from{' '}
                <Link to={`/people/${f.giver.id}`}>{f.giver.name}</Link>
              </strong>{' '}
              <span className="small muted">
                ({VISIBILITY[f.visibility]}
                {f.values.length > 0 && ` · ${f.values.map((v) => v.name).join(', ')}`})
              </span>
              {f.inAnswerTo && (
                <div className="small muted">
                  Asked by {f.inAnswerTo.requester.name}: “{f.inAnswerTo.prompt}”
                </div>
              )}
              {f.bodyHtml && <RichText html={f.bodyHtml} className="small" />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
