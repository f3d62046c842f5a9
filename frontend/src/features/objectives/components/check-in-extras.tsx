import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import type { Health } from '@/features/objectives/api/get-objective';
import type { CheckInExtrasValues } from '@/features/objectives/components/check-in-schema';
import { HEALTH_LABELS } from '@/features/objectives/utils/format';

const HEALTH_OPTIONS = (Object.keys(HEALTH_LABELS) as Health[]).map((health) => ({
  value: health,
  label: HEALTH_LABELS[health],
}));

type Props = {
  values: CheckInExtrasValues;
  errors: Record<string, string>;
  onChange: (field: keyof CheckInExtrasValues, value: string) => void;
};

/** Health, confidence and comment: the optional part of every check-in. */
export function CheckInExtras({ values, errors, onChange }: Props) {
  return (
    <>
      <div className="form-row">
        <SelectField
          label="Health"
          placeholder="Unchanged"
          options={HEALTH_OPTIONS}
          value={values.health}
          onChange={(e) => onChange('health', e.target.value)}
          error={errors.health}
        />
        <TextField
          label="Confidence"
          hint="1 (low) to 10 (high)"
          type="number"
          min={1}
          max={10}
          step={1}
          inputMode="numeric"
          value={values.confidence}
          onChange={(e) => onChange('confidence', e.target.value)}
          error={errors.confidence}
        />
      </div>
      <TextAreaField
        label="Comment"
        rows={2}
        maxLength={2000}
        value={values.comment}
        onChange={(e) => onChange('comment', e.target.value)}
        error={errors.comment}
      />
    </>
  );
}
