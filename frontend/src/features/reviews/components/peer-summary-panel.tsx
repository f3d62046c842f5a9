import { Card } from '@/components/ui/card';
import { LoadingState } from '@/components/ui/states';
import { usePeerSummary } from '@/features/reviews/api/get-review-extras';
import styles from '@/features/reviews/components/reviews.module.css';

/** The anonymous 360 summary: bars per rating question and unattributed comments, or a notice. */
export function PeerSummaryPanel({ reviewId }: { reviewId: string }) {
  const summary = usePeerSummary(reviewId, true);
  return (
    <Card title="Peer feedback (anonymous)">
      {summary.isPending ? (
        <LoadingState label="Loading the peer summary…" />
      ) : summary.isError ? (
        <p className="muted">The peer summary could not be loaded.</p>
      ) : (
        summary.data.groups.map((group) =>
          !group.released ? (
            <p key={group.group} className={styles.notice} role="status">
              {group.message}
            </p>
          ) : (
            <div key={group.group} className="stack">
              <p className="muted small">{group.message}</p>
              {group.ratings.map((rating) => {
                const max = Math.max(1, ...rating.distribution.map((b) => b.count));
                return (
                  <figure key={rating.questionId} className={styles.bars}>
                    <figcaption>
                      <strong>{rating.question}</strong>{' '}
                      {rating.released ? (
                        <span className="muted">average {rating.average?.toFixed(2)}</span>
                      ) : (
                        <span className="muted">not enough ratings to show</span>
                      )}
                    </figcaption>
                    {rating.distribution.map((bucket) => (
                      <div key={bucket.value} className={styles.barRow}>
                        <span className="bar-label">
                          {bucket.value} · {bucket.label}
                        </span>
                        <span className={styles.barTrack} aria-hidden="true">
                          <span
                            className={styles.barFill}
                            style={{ width: `${(bucket.count / max) * 100}%` }}
                          />
                        </span>
                        <span className={styles.barCount}>{bucket.count}</span>
                      </div>
                    ))}
                  </figure>
                );
              })}
              {group.comments.map((c) => (
                <section key={c.questionId}>
                  <h4>{c.question}</h4>
                  <ul className={styles.comments}>
                    {c.comments.map((text) => (
                      <li key={text}>“{text}”</li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          ),
        )
      )}
    </Card>
  );
}
