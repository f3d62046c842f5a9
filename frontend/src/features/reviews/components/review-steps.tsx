import type { Review } from '@/features/reviews/api/get-review';
import { STATE_LABELS, formatDue } from '@/features/reviews/components/format';
import styles from '@/features/reviews/components/reviews.module.css';

/** The steps of the review with their deadlines; the current one is marked. */
export function ReviewSteps({ review }: { review: Review }) {
  const d = review.cycle.deadlines;
  const steps: { state: string; due?: string | null }[] = [
    { state: 'SELF_REVIEW', due: d.selfReview },
    { state: 'MANAGER_REVIEW', due: d.managerReview },
    ...(review.cycle.calibration ? [{ state: 'CALIBRATION' }] : []),
    { state: 'SHARED' },
    { state: 'ACKNOWLEDGED', due: d.signOff },
    ...(review.cycle.skipLevelSignOff ? [{ state: 'SIGNED_OFF' }] : []),
  ];
  const current = steps.findIndex((s) => s.state === review.state);
  return (
    <ol className={styles.steps} aria-label="Review steps">
      {steps.map((step, index) => (
        <li
          key={step.state}
          className={index < current ? styles.done : index === current ? styles.current : undefined}
          aria-current={index === current ? 'step' : undefined}
        >
          <span>{STATE_LABELS[step.state]}</span>
          {step.due && <span className="small muted">due {formatDue(step.due)}</span>}
        </li>
      ))}
    </ol>
  );
}
