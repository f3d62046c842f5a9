import { useId } from 'react';
import type { ScalePoint } from '@/features/reviews/api/get-review';

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
    <div className="rating" role="radiogroup" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="field-label">
        {label}
        {!required && <span className="field-optional"> (optional)</span>}
      </p>
      <div className="rating-options">
        {scale.map((point) => (
          <label
            key={point.value}
            className={`rating-option${value === point.value && !notRated ? ' selected' : ''}`}
          >
            <input
              type="radio"
              name={id}
              value={point.value}
              checked={value === point.value && !notRated}
              disabled={disabled}
              onChange={() => onChange(point.value, false)}
            />
            <span className="rating-value">{point.value}</span>
            <span className="rating-label">{point.label}</span>
          </label>
        ))}
        {allowNotRated && (
          <label className={`rating-option${notRated ? ' selected' : ''}`}>
            <input
              type="radio"
              name={id}
              value="not-rated"
              checked={notRated}
              disabled={disabled}
              onChange={() => onChange(null, true)}
            />
            <span className="rating-value">–</span>
            <span className="rating-label">Not rated</span>
          </label>
        )}
      </div>
    </div>
  );
}
