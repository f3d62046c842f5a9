import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useCheckIns, type CheckIn } from '@/features/objectives/api/get-check-ins';
import type { Objective } from '@/features/objectives/api/get-objective';
import { useProgressSeries } from '@/features/objectives/api/get-progress-series';
import { HealthChip } from '@/features/objectives/components/health-chip';
import { ProgressChart } from '@/features/objectives/components/progress-chart';
import { formatPercent, formatValue } from '@/features/objectives/utils/format';
import { formatDateTime } from '@/lib/format-date';
import styles from '@/features/objectives/components/objective-detail.module.css';

const PAGE = 10;

function CheckInItem({ checkIn, objective }: { checkIn: CheckIn; objective: Objective }) {
  const kr = objective.keyResults.find((k) => k.id === checkIn.keyResultId);
  const what = checkIn.keyResultTitle ?? 'The objective';
  let change: string | null = null;
  if (checkIn.value != null) change = kr ? formatValue(kr, checkIn.value) : String(checkIn.value);
  else if (checkIn.progress != null && !checkIn.keyResultId)
    change = formatPercent(checkIn.progress);
  return (
    <li className={styles.historyItem}>
      <p>
        <strong>{checkIn.author.name}</strong>{' '}
        <time dateTime={checkIn.createdAt} className="muted small">
          {formatDateTime(checkIn.createdAt)}
        </time>
      </p>
      <p>
        {what}
        {change && (
          <>
            {' '}
            → <strong>{change}</strong>
          </>
        )}
        {checkIn.keyResultTitle && (
          <span className="muted"> · objective at {formatPercent(checkIn.objectiveProgress)}</span>
        )}
      </p>
      <p className={styles.historyMeta}>
        {checkIn.health && <HealthChip health={checkIn.health} />}
        {checkIn.confidence != null && (
          <span className="muted small">Confidence {checkIn.confidence}/10</span>
        )}
      </p>
      {checkIn.comment && (
        <blockquote className={styles.historyComment}>{checkIn.comment}</blockquote>
      )}
    </li>
  );
}

export function ProgressChartSection({ objectiveId }: { objectiveId: string }) {
  const series = useProgressSeries(objectiveId);
  if (series.isPending) return <LoadingState label="Loading the chart…" />;
  if (series.isError)
    return (
      <ErrorState
        title="The progress chart could not be loaded"
        error={series.error}
        onRetry={() => series.refetch()}
      />
    );
  return <ProgressChart points={series.data.points} />;
}

/** Check-ins on the objective and its key results, newest first. */
export function CheckInHistory({ objective }: { objective: Objective }) {
  const [size, setSize] = useState(PAGE);
  const checkIns = useCheckIns(objective.id, size);
  if (checkIns.isPending) return <LoadingState label="Loading check-ins…" />;
  if (checkIns.isError)
    return (
      <ErrorState
        title="Check-ins could not be loaded"
        error={checkIns.error}
        onRetry={() => checkIns.refetch()}
      />
    );
  const { items, total } = checkIns.data;
  if (items.length === 0)
    return (
      <EmptyState title="No check-ins yet">Check-ins build this objective's history.</EmptyState>
    );
  return (
    <>
      <ol className={styles.history} aria-label="Check-ins, newest first">
        {items.map((checkIn) => (
          <CheckInItem key={checkIn.id} checkIn={checkIn} objective={objective} />
        ))}
      </ol>
      {items.length < total && (
        <Button
          size="sm"
          busy={checkIns.isFetching}
          onClick={() => setSize((s) => Math.min(s + PAGE * 2, 200))}
        >
          Show older check-ins
        </Button>
      )}
    </>
  );
}
