import { useId } from 'react';
import type { ScalePoint } from '@/features/reviews/api/get-review';
import styles from '@/features/reviews/components/reviews.module.css';

type Props = {
  label: string;
  scale: ScalePoint[];
  value: number | null;
  notRated: boolean;
  allowNotRated: boolean;
  required?: boolean;
  disabled?: boolean;
  onChange: (value: number | null, notRated: boolean) => void;
};

/** A rating on the template's scale, each point with its label; optionally "Not rated". */
export function RatingControl({
  label,
  scale,
  value,
  notRated,
  allowNotRated,
  required,
  disabled,
  onChange,
}: Props) {
  const id = useId();
  return (
    <div className={styles.rating} role="radiogroup" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="field-label">
        {label}
        {!required && <span className="field-optional"> (optional)</span>}
      </p>
      <div className={styles.ratingOptions}>
        {scale.map((point) => (
          <label
            key={point.value}
            className={
              value === point.value && !notRated
                ? `${styles.ratingOption} ${styles.selected}`
                : styles.ratingOption
            }
          >
            <input
              type="radio"
              name={id}
              value={point.value}
              checked={value === point.value && !notRated}
              disabled={disabled}
              onChange={() => onChange(point.value, false)}
            />
            <span className={styles.ratingValue}>{point.value}</span>
            <span className={styles.ratingLabel}>{point.label}</span>
          </label>
        ))}
        {allowNotRated && (
          <label
            className={notRated ? `${styles.ratingOption} ${styles.selected}` : styles.ratingOption}
          >
            <input
              type="radio"
              name={id}
              value="not-rated"
              checked={notRated}
              disabled={disabled}
              onChange={() => onChange(null, true)}
            />
            <span className={styles.ratingValue}>–</span>
            <span className={styles.ratingLabel}>Not rated</span>
          </label>
        )}
      </div>
    </div>
  );
}
