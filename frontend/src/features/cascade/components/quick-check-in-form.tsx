import { useId, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type { Objective } from '@/features/cascade/api/get-objective';
import { usePostCheckIn } from '@/features/cascade/api/post-check-in';
import { HEALTH_LABEL } from '@/features/cascade/utils/labels';
import { useForm } from '@/lib/use-form';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import styles from '@/features/cascade/components/cascade.module.css';

type Values = { keyResultId: string; value: string; health: string; comment: string };

type ValueKind = 'key-result' | 'progress' | 'none';

/** The value is a key result's new value, the objective's progress (0–100), or not asked for. */
function checkInSchema(kind: ValueKind) {
  return z
    .object({
      keyResultId: z.string(),
      value: z.string().trim(),
      health: z.enum(['', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK']),
      comment: z.string().trim().max(2000, 'Use at most 2000 characters.'),
    })
    .superRefine((values, context) => {
      if (kind === 'none') return;
      const value = Number(values.value);
      const valid =
        values.value !== '' &&
        Number.isFinite(value) &&
        (kind !== 'progress' || (value >= 0 && value <= 100));
      if (!valid)
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message:
            kind === 'progress'
              ? 'Enter progress from 0 to 100.'
              : 'Enter the new value as a number.',
        });
    });
}

const healthOptions = Object.entries(HEALTH_LABEL).map(([value, label]) => ({ value, label }));

/** A check-in from the side panel: a key result's value, or the objective's own progress. */
export function QuickCheckInForm({ objective }: { objective: Objective }) {
  const commentId = useId();
  const keyResults = objective.keyResults;
  const manual = keyResults.length === 0 && objective.progressSource === 'CHECK_INS';
  const first = keyResults[0];
  const [keyResultId, setKeyResultId] = useState(first?.id ?? '');
  const keyResult = keyResults.find((kr) => kr.id === keyResultId);
  const kind: ValueKind = keyResult ? 'key-result' : manual ? 'progress' : 'none';
  const schema = checkInSchema(kind);
  const form = useForm<Values, z.output<typeof schema>>(schema, {
    keyResultId,
    value: first
      ? String(first.currentValue)
      : manual
        ? String(Math.round(objective.progress))
        : '',
    health: objective.health,
    comment: '',
  });
  const post = usePostCheckIn(objective.id);
  const [saved, setSaved] = useState(false);
  const { values, setField, errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = form.validate();
    if (!parsed) return;
    const common = { health: parsed.health || undefined, comment: parsed.comment || undefined };
    const value = Number(parsed.value);
    post.mutate(
      keyResult
        ? { keyResultId: keyResult.id, body: { value, ...common } }
        : { body: manual ? { progress: value, ...common } : common },
      {
        onSuccess: () => {
          setSaved(true);
          form.markSaved();
          setField('comment', '');
        },
        onError: form.showServerError,
      },
    );
  };
  const valueError = errors.fieldErrors.value;

  return (
    <form
      className={`form ${styles.quickCheckIn}`}
      onSubmit={onSubmit}
      noValidate
      aria-label="Quick check-in"
    >
      <UnsavedChangesGuard when={form.isDirty} />
      <FormAlert message={errors.detail} />
      {keyResults.length > 0 && (
        <SelectField
          label="Key result"
          required
          value={keyResultId}
          options={keyResults.map((kr) => ({ value: kr.id, label: kr.title }))}
          onChange={(event) => {
            const next = keyResults.find((kr) => kr.id === event.target.value);
            setKeyResultId(event.target.value);
            setField('keyResultId', event.target.value);
            if (next) setField('value', String(next.currentValue));
          }}
        />
      )}
      {keyResult && (
        <TextField
          label={`New value${keyResult.unit ? ` (${keyResult.unit})` : ''}`}
          required
          inputMode="decimal"
          hint={`Now ${keyResult.currentValue}, target ${keyResult.targetValue}`}
          value={values.value}
          onChange={(event) => setField('value', event.target.value)}
          error={valueError}
        />
      )}
      {manual && (
        <TextField
          label="Progress (%)"
          required
          inputMode="decimal"
          value={values.value}
          onChange={(event) => setField('value', event.target.value)}
          error={valueError}
        />
      )}
      {!keyResult && !manual && (
        <p className="muted small">
          Progress comes from the aligned objectives; share the health and a comment.
        </p>
      )}
      <SelectField
        label="Health"
        value={values.health}
        placeholder="Unchanged"
        options={healthOptions}
        onChange={(event) => setField('health', event.target.value)}
      />
      <div className={`field${errors.fieldErrors.comment ? ' field-invalid' : ''}`}>
        <label htmlFor={commentId} className="field-label">
          Comment<span className="field-optional"> (optional)</span>
        </label>
        <textarea
          id={commentId}
          className="input"
          rows={2}
          value={values.comment}
          onChange={(event) => setField('comment', event.target.value)}
        />
        {errors.fieldErrors.comment && <p className="field-error">{errors.fieldErrors.comment}</p>}
      </div>
      <div className="button-row">
        <Button type="submit" variant="primary" busy={post.isPending}>
          Post check-in
        </Button>
        {saved && (
          <span role="status" className={styles.checkInSaved}>
            Check-in saved.
          </span>
        )}
      </div>
    </form>
  );
}
