import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useCheckInObjective } from '@/features/objectives/api/check-in-mutations';
import type { Objective } from '@/features/objectives/api/get-objective';
import { CheckInExtras } from '@/features/objectives/components/check-in-extras';
import { objectiveCheckInSchema } from '@/features/objectives/components/check-in-schema';
import { useForm } from '@/lib/use-form';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import styles from '@/features/objectives/components/objective-detail.module.css';

/**
 * A check-in on the objective itself. Its progress is only entered here when check-ins drive
 * it (no key results, no aligned children); health, confidence and a comment always.
 */
export function ObjectiveCheckInForm({ objective }: { objective: Objective }) {
  const withProgress = objective.progressSource === 'CHECK_INS';
  const initial = {
    progress: String(Math.round(objective.progress)),
    health: '' as const,
    confidence: '',
    comment: '',
  };
  const form = useForm(objectiveCheckInSchema(withProgress), initial);
  const checkIn = useCheckInObjective(objective.id);
  const [saved, setSaved] = useState(false);
  const { values, setField, errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = form.validate();
    if (!body) return;
    checkIn.mutate(body, {
      onSuccess: () => {
        setSaved(true);
        form.markSaved();
        setField('comment', '');
        setField('confidence', '');
      },
      onError: form.showServerError,
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Check in on this objective">
      <UnsavedChangesGuard when={form.isDirty} />
      <FormAlert message={errors.detail} />
      {saved && <FormAlert tone="info" message="Check-in saved." />}
      {withProgress && (
        <div className={styles.progressInput}>
          <input
            type="range"
            min={0}
            max={100}
            step={1}
            aria-label="Progress slider"
            value={Number(values.progress) || 0}
            onChange={(e) => setField('progress', e.target.value)}
          />
          <TextField
            label="Progress (%)"
            required
            type="number"
            min={0}
            max={100}
            value={values.progress}
            onChange={(e) => setField('progress', e.target.value)}
            error={errors.fieldErrors.progress}
          />
        </div>
      )}
      <CheckInExtras
        values={values}
        errors={errors.fieldErrors}
        onChange={(field, value) => setField(field, value)}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" busy={checkIn.isPending}>
          {withProgress ? 'Save check-in' : 'Save update'}
        </Button>
      </div>
    </form>
  );
}
