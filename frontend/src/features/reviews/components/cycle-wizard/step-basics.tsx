import { useFormContext } from 'react-hook-form';
import { SelectField, TextField } from '@/components/ui/field';
import { usePeriodChoices } from '@/features/reviews/api/get-review-options';
import type { WizardValues } from '@/features/reviews/components/cycle-wizard/wizard-schema';

export function StepBasics() {
  const { register, watch, formState } = useFormContext<WizardValues>();
  const periods = usePeriodChoices();
  const { errors } = formState;
  return (
    <>
      <TextField label="Name" {...register('name')} error={errors.name?.message} required />
      <SelectField
        label="Kind"
        {...register('kind')}
        options={[
          { value: 'APPRAISAL', label: 'Appraisal (self and manager review)' },
          { value: 'THREE_SIXTY', label: '360 review (with peers)' },
        ]}
        required
      />
      {watch('kind') === 'APPRAISAL' && (
        <SelectField
          label="Appraisal type"
          {...register('appraisalType')}
          options={[
            { value: 'ANNUAL', label: 'Annual' },
            { value: 'INTERIM', label: 'Interim (e.g. mid-year)' },
          ]}
          required
        />
      )}
      <SelectField
        label="Period reviewed"
        {...register('periodId')}
        options={(periods.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        placeholder="Choose a period"
        error={errors.periodId?.message}
        required
      />
    </>
  );
}
