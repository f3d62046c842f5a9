import type { Health } from '@/features/cascade/api/get-cascade';
import { HEALTH_LABEL, formatPercent } from '@/features/cascade/utils/labels';

/** Health as a coloured dot with its name, so colour is never the only signal. */
export function HealthBadge({ health }: { health: Health }) {
  return (
    <span className={`health-badge health-${health.toLowerCase().replace('_', '-')}`}>
      <span className="health-dot" aria-hidden="true" />
      {HEALTH_LABEL[health]}
    </span>
  );
}

/** A progress bar with its percentage; `label` names it for assistive technology. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped)}
      >
        <div className="progress-fill" style={{ width: `${clamped}%` }} />
      </div>
      <span className="progress-value">{formatPercent(value)}</span>
    </div>
  );
}
