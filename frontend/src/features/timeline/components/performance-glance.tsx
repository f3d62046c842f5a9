import { Card } from '@/components/ui/card';
import { LoadingState } from '@/components/ui/states';
import { useGlance } from '@/features/timeline/api/get-glance';
import { formatDate } from '@/lib/format-date';
import styles from './timeline.module.css';

/** Objectives per period, ratings per cycle and 1:1 regularity, as tables (no chart needed). */
export function PerformanceGlance({ personId }: { personId: string }) {
  const glance = useGlance(personId);
  if (glance.isPending) return <LoadingState label="Loading performance at a glance…" />;
  // 404: the viewer may not open this person's history; the timeline says nothing either
  if (glance.isError) return null;
  const g = glance.data;
  return (
    <Card title="Performance at a glance">
      <div className={styles.glance}>
        <table className="table">
          <caption>Objectives per period</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Completed</th>
              <th scope="col">Average progress</th>
            </tr>
          </thead>
          <tbody>
            {g.periods.length === 0 && (
              <tr>
                <td colSpan={3}>No objectives yet</td>
              </tr>
            )}
            {g.periods.map((p) => (
              <tr key={p.periodId}>
                <td>{p.name}</td>
                <td>
                  {p.completed} of {p.objectives}
                </td>
                <td>{p.averageProgress === null ? '—' : `${p.averageProgress} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table">
          <caption>Ratings over cycles</caption>
          <thead>
            <tr>
              <th scope="col">Cycle</th>
              <th scope="col">Rating</th>
            </tr>
          </thead>
          <tbody>
            {g.ratings.length === 0 && (
              <tr>
                <td colSpan={2}>No shared reviews you may see</td>
              </tr>
            )}
            {g.ratings.map((r) => (
              <tr key={r.cycleId}>
                <td>{r.name}</td>
                <td>{r.rating ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className={styles.regularity}>
          <strong>1:1s in the last 180 days:</strong> {g.oneToOnes.held}
          {g.oneToOnes.averageDaysBetween !== null &&
            `, every ${g.oneToOnes.averageDaysBetween} days on average`}
          {g.oneToOnes.lastHeldAt && `; last on ${formatDate(g.oneToOnes.lastHeldAt)}`}
        </p>
      </div>
    </Card>
  );
}
