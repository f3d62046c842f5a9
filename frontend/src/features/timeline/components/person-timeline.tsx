import { useId, useState } from 'react';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTimelinePeriods } from '@/features/timeline/api/get-periods';
import { type TimelineKind, useTimeline } from '@/features/timeline/api/get-timeline';
import { isApiError } from '@/lib/problem';
import { TimelineEntry } from './timeline-entry';
import { KIND_LABELS } from './timeline-kinds';
import styles from './timeline.module.css';

const GROUPS: Record<string, TimelineKind[] | undefined> = {
  all: undefined,
  objectives: ['OBJECTIVE', 'CHECK_INS'],
  oneToOnes: ['ONE_TO_ONE'],
  reviews: ['REVIEW'],
  feedback: ['FEEDBACK', 'PRAISE'],
  changes: ['TEAM_CHANGE', 'MANAGER_CHANGE', 'ROLE_CHANGE'],
};

/**
 * A person's history, newest first, filtered by kind, period and dates; hidden when the viewer may not
 * see it.
 */
export function PersonTimeline({ personId }: { personId: string }) {
  const id = useId();
  const [group, setGroup] = useState('all');
  const [periodId, setPeriodId] = useState('');
  const periods = useTimelinePeriods();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const timeline = useTimeline(personId, {
    kind: GROUPS[group],
    periodId: periodId || undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    size: 20,
  });
  if (timeline.isError && isApiError(timeline.error) && timeline.error.status === 404) return null;
  return (
    <Card title="Performance history">
      <form
        className={styles.filters}
        aria-label="History filters"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className={styles.field}>
          <label htmlFor={`${id}-show`}>Show</label>
          <select
            id={`${id}-show`}
            value={group}
            onChange={(e) => (setGroup(e.target.value), setPage(0))}
          >
            <option value="all">Everything</option>
            <option value="objectives">{KIND_LABELS.OBJECTIVE}s and check-ins</option>
            <option value="oneToOnes">1:1s</option>
            <option value="reviews">Reviews</option>
            <option value="feedback">Feedback and praise</option>
            <option value="changes">Team, manager and role changes</option>
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-period`}>Period</label>
          <select
            id={`${id}-period`}
            value={periodId}
            onChange={(e) => (setPeriodId(e.target.value), setPage(0))}
          >
            <option value="">All periods</option>
            {periods.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            onChange={(e) => (setFrom(e.target.value), setPage(0))}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to}
            onChange={(e) => (setTo(e.target.value), setPage(0))}
          />
        </div>
      </form>
      {timeline.isPending && <LoadingState label="Loading history…" />}
      {timeline.isError && <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} />}
      {timeline.data?.items.length === 0 && (
        <EmptyState
          title={
            group === 'all' && !periodId && !from && !to
              ? 'Nothing in this history yet'
              : 'Nothing of this kind in this period'
          }
        />
      )}
      {timeline.data && timeline.data.items.length > 0 && (
        <>
          <ol className={styles.list}>
            {timeline.data.items.map((item, i) => (
              <TimelineEntry
                key={`${item.kind}-${item.refId}-${item.occurredAt}-${i}`}
                item={item}
              />
            ))}
          </ol>
          <Pagination
            page={timeline.data.page}
            size={timeline.data.size}
            total={timeline.data.total}
            onPageChange={setPage}
            label="History pages"
          />
        </>
      )}
    </Card>
  );
}
