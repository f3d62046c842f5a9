import { Card } from '@/components/ui/card';
import { LoadingState } from '@/components/ui/states';
import { useEvidence } from '@/features/reviews/api/get-review-extras';
import { formatDate } from '@/features/reviews/components/format';

/** The evidence side panel: the reviewee's objectives in the period with their check-in history. */
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
            <ul className="evidence-list">
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
        </>
      )}
    </Card>
  );
}
