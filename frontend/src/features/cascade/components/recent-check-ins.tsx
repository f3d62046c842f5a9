import { useRecentCheckIns } from '@/features/cascade/api/get-objective';
import { HEALTH_LABEL, formatPercent } from '@/features/cascade/utils/labels';
import { formatDay } from '@/lib/format-date';
import styles from '@/features/cascade/components/cascade.module.css';

export function RecentCheckIns({ objectiveId }: { objectiveId: string }) {
  const checkIns = useRecentCheckIns(objectiveId);
  return (
    <section aria-labelledby="check-ins-title">
      <h3 id="check-ins-title">Recent check-ins</h3>
      {checkIns.isPending && <p className="muted small">Loading…</p>}
      {checkIns.isError && <p className="field-error">The check-ins could not be loaded.</p>}
      {checkIns.data && checkIns.data.items.length === 0 && (
        <p className="muted small">No check-ins yet.</p>
      )}
      {checkIns.data && checkIns.data.items.length > 0 && (
        <ul className={styles.checkInList}>
          {checkIns.data.items.map((checkIn) => (
            <li key={checkIn.id}>
              <div className={styles.checkInMeta}>
                <strong>{checkIn.author.name}</strong>
                <span className="muted small">{formatDay(checkIn.createdAt)}</span>
              </div>
              <div className="small">
                {checkIn.keyResultTitle
                  ? `${checkIn.keyResultTitle}: ${checkIn.value ?? '—'}`
                  : `Progress ${formatPercent(checkIn.objectiveProgress)}`}
                {checkIn.health && ` · ${HEALTH_LABEL[checkIn.health]}`}
              </div>
              {checkIn.comment && <p className="small muted">{checkIn.comment}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
