import { useState } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useCadence, type CadenceEntry } from '@/features/sessions/api/get-cadence';
import { formatWhen } from '@/features/sessions/components/format';
import { IntervalDialog } from '@/features/sessions/components/interval-dialog';
import { formatDate } from '@/lib/format-date';
import styles from '@/features/sessions/components/sessions.module.css';

/** A manager's direct reports with their 1:1 cadence; overdue ones first and flagged. */
export function ReportsCadence({
  managerId,
  onSchedule,
}: {
  managerId: string;
  onSchedule: (personId: string) => void;
}) {
  const cadence = useCadence(managerId, true);
  const [editing, setEditing] = useState<CadenceEntry | null>(null);
  if (cadence.isPending) return <LoadingState label="Loading your reports…" />;
  if (cadence.isError)
    return (
      <ErrorState
        title="Your reports' 1:1s could not be loaded"
        error={cadence.error}
        onRetry={() => cadence.refetch()}
      />
    );
  if (cadence.data.items.length === 0) return <EmptyState title="You have no direct reports" />;
  return (
    <>
      <ul className={styles.sessionList}>
        {cadence.data.items.map((entry) => (
          <li key={entry.report.id} className={`${styles.row} ${styles.rowPerson}`}>
            <Avatar name={entry.report.name} size="sm" />
            <div className={styles.rowMain}>
              <Link to={`/people/${entry.report.id}`}>{entry.report.name}</Link>
              <span className="muted small">
                Every {entry.intervalDays} days{entry.defaultInterval ? '' : ' (set for them)'} ·
                last 1:1 {entry.lastCompletedAt ? formatDate(entry.lastCompletedAt) : 'never'}
                {entry.nextScheduledAt && <> · next {formatWhen(entry.nextScheduledAt)}</>}
              </span>
            </div>
            <div className={styles.rowBadges}>
              {entry.overdue ? (
                <span className={`badge ${styles.overdue}`}>Overdue</span>
              ) : (
                <Badge tone="accent">On track</Badge>
              )}
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Interval: how often you meet ${entry.report.name}`}
                onClick={() => setEditing(entry)}
              >
                Interval
              </Button>
              {!entry.nextScheduledAt && (
                <Button size="sm" onClick={() => onSchedule(entry.report.id)}>
                  Schedule
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {editing && <IntervalDialog entry={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
