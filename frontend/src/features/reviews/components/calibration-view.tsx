import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, LoadingState } from '@/components/ui/states';
import { useShareReview } from '@/features/reviews/api/review-actions';
import { useCalibration, type Calibration } from '@/features/reviews/api/review-cycles';
import { STATE_LABELS, formatRating } from '@/features/reviews/components/format';
import { RatingChangeDialog } from '@/features/reviews/components/rating-change-dialog';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/reviews/components/reviews.module.css';

type Entry = Calibration['reviews'][number];
type Bucket = Calibration['distribution'][number];

/** Calibration: the rating distribution, per team and manager, and each review to adjust or share. */
export function CalibrationView({ cycleId }: { cycleId: string }) {
  const calibration = useCalibration(cycleId);
  const share = useShareReview();
  const [adjusting, setAdjusting] = useState<Entry | null>(null);
  if (calibration.isPending) return <LoadingState label="Loading calibration…" />;
  if (calibration.isError) return null;
  const data = calibration.data;
  const min = data.scale[0]?.value ?? 1;
  const max = data.scale[data.scale.length - 1]?.value ?? 5;
  return (
    <Card title="Calibration">
      <FormAlert message={share.isError ? toFormErrors(share.error).detail : null} />
      <div className="grid-2">
        <DistributionChart title="All rated reviews" buckets={data.distribution} />
        <div>
          <GroupTable title="By team" groups={data.byTeam} />
          <GroupTable title="By manager" groups={data.byManager} />
        </div>
      </div>
      {data.reviews.length === 0 ? (
        <EmptyState title="No reviews to calibrate" />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Reviews in this cycle</caption>
            <thead>
              <tr>
                <th scope="col">Reviewee</th>
                <th scope="col">Manager</th>
                <th scope="col">Step</th>
                <th scope="col">Calculated</th>
                <th scope="col">Rating</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.reviews.map((entry) => (
                <tr key={entry.reviewId}>
                  <td>
                    <Link to={`/reviews/${entry.reviewId}`}>{entry.reviewee.name}</Link>
                  </td>
                  <td>{entry.manager?.name ?? '—'}</td>
                  <td>
                    <Badge tone="muted">{STATE_LABELS[entry.state]}</Badge>
                  </td>
                  <td>{formatRating(entry.calculatedRating)}</td>
                  <td>
                    {formatRating(entry.rating)} {entry.adjusted && <Badge>Adjusted</Badge>}
                  </td>
                  <td className="cell-actions">
                    {entry.canAdjust && (
                      <>
                        <Button
                          size="sm"
                          aria-label={`Adjust rating of ${entry.reviewee.name}`}
                          onClick={() => setAdjusting(entry)}
                        >
                          Adjust
                        </Button>
                        <Button
                          size="sm"
                          variant="primary"
                          aria-label={`Share review of ${entry.reviewee.name}`}
                          busy={share.isPending}
                          onClick={() =>
                            share.mutate({ id: entry.reviewId, version: entry.version })
                          }
                        >
                          Share
                        </Button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adjusting && (
        <RatingChangeDialog
          kind="calibrate"
          reviewId={adjusting.reviewId}
          version={adjusting.version}
          revieweeName={adjusting.reviewee.name}
          current={adjusting.rating}
          min={min}
          max={max}
          onClose={() => setAdjusting(null)}
          onSaved={() => setAdjusting(null)}
        />
      )}
    </Card>
  );
}

/** A bar chart of how many reviews fall on each scale point, with the numbers as text. */
export function DistributionChart({ title, buckets }: { title: string; buckets: Bucket[] }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  return (
    <figure className={`${styles.bars} distribution`}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      {buckets.map((b) => (
        <div key={b.value} className={styles.barRow}>
          <span className="bar-label">
            {b.value} · {b.label}
          </span>
          <span className={styles.barTrack} aria-hidden="true">
            <span className={styles.barFill} style={{ width: `${(b.count / max) * 100}%` }} />
          </span>
          <span className={styles.barCount}>{b.count}</span>
        </div>
      ))}
    </figure>
  );
}

function GroupTable({ title, groups }: { title: string; groups: Calibration['byTeam'] }) {
  return (
    <table className={`table ${styles.tableCompact}`}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Rated</th>
          <th scope="col">Average</th>
          <th scope="col">Per scale point</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.group?.id ?? 'none'}>
            <td>{g.group?.name ?? 'None'}</td>
            <td>{g.rated}</td>
            <td>{formatRating(g.average)}</td>
            <td>
              <span
                className={styles.miniBars}
                aria-label={g.distribution.map((b) => `${b.value}: ${b.count}`).join(', ')}
              >
                {g.distribution.map((b) => (
                  <span
                    key={b.value}
                    className={styles.miniBar}
                    title={`${b.value} · ${b.label}: ${b.count}`}
                    style={{ height: `${4 + (b.count / Math.max(1, g.rated)) * 24}px` }}
                  />
                ))}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
