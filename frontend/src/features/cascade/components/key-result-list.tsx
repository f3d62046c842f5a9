import type { KeyResult } from '@/features/cascade/api/get-objective';
import { ProgressBar } from '@/features/cascade/components/health';
import styles from '@/features/cascade/components/cascade.module.css';

function format(value: number, unit?: string | null) {
  const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

export function KeyResultList({ keyResults }: { keyResults: KeyResult[] }) {
  return (
    <section aria-labelledby="key-results-title">
      <h3 id="key-results-title">Key results</h3>
      {keyResults.length === 0 ? (
        <p className="muted small">
          No key results: progress comes from check-ins or aligned work.
        </p>
      ) : (
        <ul className={styles.krList}>
          {keyResults.map((kr) => (
            <li key={kr.id}>
              <span className={styles.krTitle}>{kr.title}</span>
              <span className="muted small">
                {format(kr.currentValue, kr.unit)} of {format(kr.targetValue, kr.unit)}
              </span>
              <ProgressBar value={kr.progress} label={`Progress of ${kr.title}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
