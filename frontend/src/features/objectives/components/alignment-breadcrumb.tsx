import { Link } from 'react-router';
import type { Objective } from '@/features/objectives/api/get-objective';
import { formatPercent } from '@/features/objectives/utils/format';
import styles from '@/features/objectives/components/objective-detail.module.css';

/** The path from the company goal down to this objective, with each step's progress. */
export function AlignmentBreadcrumb({ objective }: { objective: Objective }) {
  const { path, hiddenAncestor, reachesCompanyGoal } = objective.alignment;
  if (path.length === 0 && !hiddenAncestor)
    return (
      <nav aria-label="Alignment" className={styles.alignment}>
        <Link to="/objectives">← Objectives</Link>
        {objective.level !== 'COMPANY' && (
          <p className="muted small">Not aligned to a company goal yet.</p>
        )}
      </nav>
    );
  return (
    <nav aria-label="Alignment" className={styles.alignment}>
      <ol>
        {hiddenAncestor && (
          <li className="muted">
            <span title="An objective you cannot see">Hidden objective</span>
          </li>
        )}
        {path.map((step) => (
          <li key={step.id}>
            <Link to={`/objectives/${step.id}`}>{step.title}</Link>{' '}
            <span className="muted small">{formatPercent(step.progress)}</span>
          </li>
        ))}
        <li aria-current="page">{objective.title}</li>
      </ol>
      {hiddenAncestor ? (
        <p className="muted small">Part of the path is hidden from you.</p>
      ) : (
        !reachesCompanyGoal &&
        objective.level !== 'COMPANY' && (
          <p className="muted small">Not aligned to a company goal yet.</p>
        )
      )}
    </nav>
  );
}
