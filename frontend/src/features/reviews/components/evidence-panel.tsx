import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { LoadingState } from '@/components/ui/states';
import { useEvidence } from '@/features/reviews/api/get-review-extras';
import { formatDate } from '@/lib/format-date';
import { EvidenceFeedback } from '@/features/reviews/components/evidence-feedback';
import styles from '@/features/reviews/components/reviews.module.css';

/**
 * The evidence side panel: the reviewee's objectives in the period with their check-in history, and
 * the completed 1:1s the viewer had with them (their shared notes and action items), and the
 * feedback and praise they received that the viewer may read.
 */
export function EvidencePanel({ reviewId }: { reviewId: string }) {
  const evidence = useEvidence(reviewId, true);
  return (
    <Card title="Evidence" className="evidence-panel">
      {evidence.isPending ? (
        <LoadingState label="Loading evidence…" />
      ) : evidence.isError ? (
        <p className="muted">Evidence could not be loaded.</p>
      ) : (
        <>
          <p className="muted small">
            {evidence.data.period.name}: {formatDate(evidence.data.periodStart)} –{' '}
            {formatDate(evidence.data.periodEnd)}
          </p>
          {evidence.data.objectives.length === 0 ? (
            <p className="muted">No agreed objectives in this period.</p>
          ) : (
            <ul className={styles.evidenceList}>
              {evidence.data.objectives.map((o) => (
                <li key={o.id}>
                  <strong>{o.title}</strong>
                  <div className="small muted">
                    {Math.round(o.progress)}% · {o.status.toLowerCase()} ·{' '}
                    {o.health.replace('_', ' ').toLowerCase()} · {o.checkInCount} check-ins
                  </div>
                  {o.recentCheckIns.length > 0 && (
                    <ul className="small">
                      {o.recentCheckIns.slice(0, 3).map((c) => (
                        <li key={c.at}>
                          {formatDate(c.at)}:{' '}
                          {c.progress != null ? `${Math.round(c.progress)}%` : ''} {c.comment}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3 className={styles.evidenceHeading}>1:1s in the period</h3>
          {evidence.data.oneToOnes.length === 0 ? (
            <p className="muted small">No completed 1:1s between you in this period.</p>
          ) : (
            <ul className={styles.evidenceList}>
              {evidence.data.oneToOnes.map((s) => (
                <li key={s.id}>
                  <Link to={`/one-on-ones/${s.id}`}>
                    <strong>
                      {formatDate(s.startsAt)} with {s.with.name}
                    </strong>
                  </Link>
                  {s.sharedNotes && <div className="small">{s.sharedNotes}</div>}
                  {s.actionItems.length > 0 && (
                    <ul className="small">
                      {s.actionItems.map((a, i) => (
                        <li key={i}>
                          {a.done ? '✓' : '○'} {a.title} ({a.assignee})
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          <EvidenceFeedback feedback={evidence.data.feedback} />
        </>
      )}
    </Card>
  );
}
