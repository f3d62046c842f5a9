import { Link } from 'react-router';
import type { Cascade } from '@/features/cascade/api/get-cascade';
import { HEALTH_LABEL, LEVEL_LABEL, formatPercent } from '@/features/cascade/utils/labels';
import { HEALTH_CLASS } from '@/features/cascade/components/health-classes';
import styles from '@/features/cascade/components/cascade.module.css';

type Props = {
  summary: Cascade['summary'];
  /** Whether the node is in the loaded tree, so "Show" can focus it. */
  inTree: (id: string) => boolean;
  onShow: (id: string) => void;
};

const HEALTHS = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'] as const;

function ShowButton({
  id,
  title,
  inTree,
  onShow,
}: { id: string; title: string } & Omit<Props, 'summary'>) {
  if (!inTree(id)) return null;
  return (
    <button
      type="button"
      className={styles.linkButton}
      aria-label={`Show ${title} in the cascade`}
      onClick={() => onShow(id)}
    >
      Show
    </button>
  );
}

/** How much of the period's work reaches a company goal, and what does not. */
export function CoveragePanel({ summary, inTree, onShow }: Props) {
  const { coverage } = summary;
  return (
    <section className={`${styles.sidePanel} coverage-panel`} aria-labelledby="coverage-title">
      <h2 id="coverage-title">Alignment coverage</h2>
      <p className={styles.coverageFigure}>
        <strong>{coverage.alignableCount ? formatPercent(coverage.alignedPercent) : '—'}</strong>{' '}
        aligned
      </p>
      <p className="muted small">
        {coverage.alignedCount} of {coverage.alignableCount} team and individual objectives ladder
        up to a company goal.
      </p>
      <div className={`${styles.progressTrack} ${styles.coverageBar}`} aria-hidden="true">
        <div className={styles.progressFill} style={{ width: `${coverage.alignedPercent}%` }} />
      </div>

      <h3>Health</h3>
      <ul className={styles.healthCounts}>
        {HEALTHS.map((health) => (
          <li key={health} className={HEALTH_CLASS[health]}>
            <span className={styles.healthDot} aria-hidden="true" />
            {HEALTH_LABEL[health]}: {summary.byHealth[health] ?? 0}
          </li>
        ))}
      </ul>

      <h3>Company goals without support ({coverage.unsupportedGoals.length})</h3>
      {coverage.unsupportedGoals.length === 0 ? (
        <p className="muted small">Every company goal has aligned work.</p>
      ) : (
        <ul className={styles.coverageList}>
          {coverage.unsupportedGoals.map((goal) => (
            <li key={goal.id}>
              <Link to={`/objectives/${goal.id}`}>{goal.name}</Link>
              <ShowButton id={goal.id} title={goal.name} inTree={inTree} onShow={onShow} />
            </li>
          ))}
        </ul>
      )}

      <h3>Not aligned to anything ({coverage.unalignedObjectives.length})</h3>
      {coverage.unalignedObjectives.length === 0 ? (
        <p className="muted small">Every objective supports another one.</p>
      ) : (
        <ul className={styles.coverageList}>
          {coverage.unalignedObjectives.map((objective) => (
            <li key={objective.id}>
              <Link to={`/objectives/${objective.id}`}>{objective.title}</Link>
              <span className="muted small">
                {LEVEL_LABEL[objective.level]} · {objective.owner.name}
              </span>
              <ShowButton
                id={objective.id}
                title={objective.title}
                inTree={inTree}
                onShow={onShow}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
