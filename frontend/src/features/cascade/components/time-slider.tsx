import { useId } from 'react';
import type { TimeStep } from '@/features/cascade/utils/time-steps';
import styles from '@/features/cascade/components/cascade.module.css';

type Props = {
  steps: TimeStep[];
  index: number;
  loading: boolean;
  onChange: (index: number) => void;
};

/** Replays the period week by week; the last step is "now". */
export function TimeSlider({ steps, index, loading, onChange }: Props) {
  const id = useId();
  const step = steps[index];
  if (!step) return null;
  const past = step.asOf !== undefined;
  return (
    <div className={past ? `${styles.timeSlider} ${styles.isPast}` : styles.timeSlider}>
      <label htmlFor={id} className="field-label">
        Replay the period
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        disabled={steps.length < 2}
        aria-valuetext={step.label}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id} className={styles.timeSliderValue} aria-live="polite">
        {past ? `As of ${step.label}` : step.label}
      </output>
      {loading && (
        <span className={styles.timeSliderLoading} role="status">
          <span className={`spinner ${styles.spinnerSmall}`} aria-hidden="true" /> Updating…
        </span>
      )}
      {past && (
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => onChange(steps.length - 1)}
        >
          Back to now
        </button>
      )}
    </div>
  );
}
