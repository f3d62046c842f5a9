import type { Health } from '@/features/cascade/api/get-cascade';
import { HEALTH_LABEL, formatPercent } from '@/features/cascade/utils/labels';
import { HEALTH_CLASS } from '@/features/cascade/components/health-classes';
import styles from '@/features/cascade/components/cascade.module.css';

/** Health as a coloured dot with its name, so colour is never the only signal. */
export function HealthBadge({ health }: { health: Health }) {
  return (
    <span className={`${styles.healthBadge} ${HEALTH_CLASS[health]}`}>
      <span className={styles.healthDot} aria-hidden="true" />
      {HEALTH_LABEL[health]}
    </span>
  );
}

/** A progress bar with its percentage; `label` names it for assistive technology. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <div className={styles.progress}>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped)}
      >
        <div className={styles.progressFill} style={{ width: `${clamped}%` }} />
      </div>
      <span className={styles.progressValue}>{formatPercent(value)}</span>
    </div>
  );
}
