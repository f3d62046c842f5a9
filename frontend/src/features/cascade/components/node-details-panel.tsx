import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { ErrorState, LoadingState } from '@/components/ui/states';
import type { CascadeNode } from '@/features/cascade/api/get-cascade';
import { useObjective } from '@/features/cascade/api/get-objective';
import { HealthBadge, ProgressBar } from '@/features/cascade/components/health';
import { LEVEL_LABEL, STATUS_LABEL, formatPercent } from '@/features/cascade/utils/labels';
import { KeyResultList } from '@/features/cascade/components/key-result-list';
import { QuickCheckInForm } from '@/features/cascade/components/quick-check-in-form';
import { RecentCheckIns } from '@/features/cascade/components/recent-check-ins';
import styles from '@/features/cascade/components/cascade.module.css';

type Props = {
  node: CascadeNode;
  /** The replayed moment, when the slider is not at "now". */
  asOfLabel?: string;
  onClose: () => void;
};

/** Details of the selected node: figures from the cascade, the rest from the objective. */
export function NodeDetailsPanel({ node, asOfLabel, onClose }: Props) {
  const objective = useObjective(node.id);
  return (
    <aside
      className={`${styles.sidePanel} ${styles.detailsPanel}`}
      aria-labelledby="details-title"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <div className={styles.sidePanelHeader}>
        <h2 id="details-title">{node.title}</h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </div>
      {asOfLabel && <p className="alert alert-info small">Figures as of {asOfLabel}.</p>}
      <dl className={`details ${styles.detailsCompact}`}>
        <dt>Owner</dt>
        <dd className="person-cell">
          <Avatar name={node.owner.name} size="sm" />
          {node.owner.name}
        </dd>
        <dt>Level</dt>
        <dd>{LEVEL_LABEL[node.level]}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABEL[node.status]}</dd>
        <dt>Health</dt>
        <dd>
          <HealthBadge health={node.health} />
        </dd>
        <dt>Progress</dt>
        <dd>
          <ProgressBar value={node.progress} label={`Progress of ${node.title}`} />
        </dd>
        <dt>Contribution</dt>
        <dd>
          {node.contributionPercent == null
            ? '—'
            : `${formatPercent(node.contributionPercent)} of its parent`}
        </dd>
        {node.team && (
          <>
            <dt>Team</dt>
            <dd>{node.team.name}</dd>
          </>
        )}
      </dl>
      <Link to={`/objectives/${node.id}`} className="btn btn-secondary btn-sm">
        Open objective page
      </Link>

      {objective.isPending && <LoadingState label="Loading key results and check-ins…" />}
      {objective.isError && (
        <ErrorState
          title="The objective could not be loaded"
          error={objective.error}
          onRetry={() => objective.refetch()}
        />
      )}
      {objective.data && (
        <>
          <KeyResultList keyResults={objective.data.keyResults} />
          <RecentCheckIns objectiveId={node.id} />
          {objective.data.permissions.canCheckIn && (
            <section aria-labelledby="check-in-title">
              <h3 id="check-in-title">Quick check-in</h3>
              <QuickCheckInForm key={objective.data.id} objective={objective.data} />
            </section>
          )}
        </>
      )}
    </aside>
  );
}
