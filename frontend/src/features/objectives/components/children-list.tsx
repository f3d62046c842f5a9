import { Link } from 'react-router';
import type { Objective } from '@/features/objectives/api/get-objective';
import { HealthChip } from '@/features/objectives/components/health-chip';
import { ProgressBar } from '@/features/objectives/components/progress-bar';
import { StatusBadge } from '@/features/objectives/components/status-badge';
import { formatPercent } from '@/features/objectives/utils/format';
import styles from '@/features/objectives/components/objective-list.module.css';

/** Objectives aligned to this one, with their share of its progress. */
export function ChildrenList({ objective }: { objective: Objective }) {
  const { items, hiddenCount } = objective.children;
  const hiddenNote = hiddenCount > 0 && (
    <p className="muted small">
      + {hiddenCount} hidden: aligned {hiddenCount === 1 ? 'objective' : 'objectives'} you may not
      see.
    </p>
  );
  if (items.length === 0)
    return (
      <>
        {!hiddenCount && <p className="muted">Nothing is aligned to this objective yet.</p>}
        {hiddenNote}
      </>
    );
  return (
    <>
      <ul className={styles.list}>
        {items.map((child) => (
          <li key={child.id} className={styles.item}>
            <div>
              <div className={styles.title}>
                <Link to={`/objectives/${child.id}`}>{child.title}</Link>
                <StatusBadge status={child.status} />
                <HealthChip health={child.health} />
              </div>
              <p className={styles.meta}>
                <span>{child.owner.name}</span>
                <span>
                  {child.contributionPercent == null
                    ? 'Does not count towards progress'
                    : `Contributes ${formatPercent(child.contributionPercent)}`}
                </span>
              </p>
            </div>
            <div className={styles.side}>
              <ProgressBar value={child.progress} label={`Progress of ${child.title}`} />
            </div>
          </li>
        ))}
      </ul>
      {hiddenNote}
    </>
  );
}
