import { Link } from 'react-router';
import { Badge } from '@/components/ui/card';
import type { Objective } from '@/features/objectives/api/get-objective';
import { HealthChip } from '@/features/objectives/components/health-chip';
import { ProgressBar } from '@/features/objectives/components/progress-bar';
import { StatusBadge } from '@/features/objectives/components/status-badge';
import { LEVEL_LABELS, lastCheckInText } from '@/features/objectives/utils/format';
import { formatDate } from '@/lib/format-date';
import chips from '@/features/objectives/components/chips.module.css';
import styles from '@/features/objectives/components/objective-detail.module.css';

const SOURCE_TEXT: Record<string, string> = {
  KEY_RESULTS: 'Progress comes from the key results.',
  CHILDREN: 'Progress rolls up from the aligned objectives.',
  CHECK_INS: 'Progress is set by check-ins.',
};

/** Draft notes: why it was returned, or that it waits for the manager. */
function DraftNote({ objective }: { objective: Objective }) {
  if (objective.status !== 'DRAFT') return null;
  if (objective.returnComment)
    return (
      <div className="alert alert-info" role="note">
        <strong>Returned with a comment:</strong> {objective.returnComment}
      </div>
    );
  if (objective.proposedAt)
    return (
      <div className="alert alert-info" role="note">
        Waiting for agreement since {formatDate(objective.proposedAt)}.
      </div>
    );
  return (
    <div className="alert alert-info" role="note">
      Draft: propose it when it is ready, so it can be agreed and become active.
    </div>
  );
}

export function ObjectiveSummaryPanel({ objective }: { objective: Objective }) {
  return (
    <div className={styles.summary}>
      <div className={chips.row}>
        <Badge tone="muted">{LEVEL_LABELS[objective.level]}</Badge>
        <StatusBadge status={objective.status} />
        <HealthChip health={objective.health} />
        {objective.visibility === 'PRIVATE' && <Badge tone="neutral">Private</Badge>}
      </div>
      <ProgressBar value={objective.progress} label="Objective progress" />
      <p className="muted small">{SOURCE_TEXT[objective.progressSource] ?? ''}</p>
      <dl className="details details-inline">
        <dt>Owner</dt>
        <dd>
          <Link to={`/people/${objective.owner.id}`}>{objective.owner.name}</Link>
        </dd>
        <dt>Period</dt>
        <dd>{objective.period.name}</dd>
        {objective.team && (
          <>
            <dt>Team</dt>
            <dd>{objective.team.name}</dd>
          </>
        )}
        <dt>Due</dt>
        <dd>
          {objective.dueDate ? (
            formatDate(objective.dueDate)
          ) : (
            <span className="muted">No due date</span>
          )}
        </dd>
        <dt>Check-ins</dt>
        <dd>{lastCheckInText(objective.lastCheckInAt)}</dd>
      </dl>
      {objective.description && <p className="pre-wrap">{objective.description}</p>}
      <DraftNote objective={objective} />
    </div>
  );
}
