import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ObjectiveSummary } from '@/features/objectives/api/get-objectives';
import chips from '@/features/objectives/components/chips.module.css';
import { HealthChip } from '@/features/objectives/components/health-chip';
import { ProgressBar } from '@/features/objectives/components/progress-bar';
import { StatusBadge } from '@/features/objectives/components/status-badge';
import { lastCheckInText } from '@/features/objectives/utils/format';
import { formatDate } from '@/lib/format-date';
import styles from '@/features/objectives/components/objective-list.module.css';

type Props = {
  objective: ObjectiveSummary;
  /** Show the owner's name (lists of other people's objectives). */
  showOwner?: boolean;
  /** Mark the objective as needing attention. */
  highlight?: boolean;
  /** Warnings to show, e.g. "No check-in for 20 days". */
  flags?: string[];
  actions?: ReactNode;
};

export function ObjectiveListItem({
  objective,
  showOwner,
  highlight = false,
  flags = [],
  actions,
}: Props) {
  return (
    <li className={highlight ? `${styles.item} ${styles.flagged}` : styles.item}>
      <div>
        <div className={styles.title}>
          <Link to={`/objectives/${objective.id}`}>{objective.title}</Link>
          <StatusBadge status={objective.status} />
          <HealthChip health={objective.health} />
          {objective.visibility === 'PRIVATE' && (
            <span className={`${chips.chip} ${chips.status}`}>Private</span>
          )}
        </div>
        <p className={styles.meta}>
          {showOwner && <span>{objective.owner.name}</span>}
          {objective.dueDate && <span>Due {formatDate(objective.dueDate)}</span>}
          {objective.status === 'DRAFT' ? (
            <span>{objective.proposedAt ? 'Waiting for agreement' : 'Not proposed yet'}</span>
          ) : (
            <span>{lastCheckInText(objective.lastCheckInAt)}</span>
          )}
          {objective.companyGoal ? (
            <span>
              Supports <strong>{objective.companyGoal.name}</strong>
            </span>
          ) : objective.level === 'COMPANY' ? (
            <span>Company goal</span>
          ) : (
            <span>Not aligned to a company goal</span>
          )}
        </p>
        {flags.length > 0 && (
          <ul className={styles.flags} aria-label="Needs attention">
            {flags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.side}>
        <ProgressBar value={objective.progress} label={`Progress of ${objective.title}`} />
        {actions && <div className="button-row">{actions}</div>}
      </div>
    </li>
  );
}
