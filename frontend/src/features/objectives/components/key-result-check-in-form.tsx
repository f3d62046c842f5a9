import { useEffect, useId, useRef, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import {
  useCheckInKeyResult,
  type KeyResultCheckInRequest,
} from '@/features/objectives/api/check-in-mutations';
import type { KeyResult } from '@/features/objectives/api/get-objective';
import { CheckInExtras } from '@/features/objectives/components/check-in-extras';
import {
  keyResultCheckInSchema,
  type KeyResultCheckInValues,
} from '@/features/objectives/components/check-in-schema';
import { formatValue } from '@/features/objectives/utils/format';
import { useForm } from '@/lib/use-form';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';

type Props = { keyResult: KeyResult; onDone: () => void; onCancel: () => void };

function ValueInput({
  keyResult,
  value,
  error,
  onChange,
}: {
  keyResult: KeyResult;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  if (keyResult.kind === 'BOOLEAN') {
    return (
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value === '1'}
          onChange={(e) => onChange(e.target.checked ? '1' : '0')}
        />
        Done
      </label>
    );
  }
  const milestone = keyResult.kind === 'MILESTONE';
  return (
    <TextField
      label={milestone ? `Milestones reached (of ${keyResult.targetValue})` : 'New value'}
      required
      type="number"
      step={milestone ? 1 : 'any'}
      min={milestone ? 0 : undefined}
      inputMode={milestone ? 'numeric' : 'decimal'}
      hint={
        milestone
          ? undefined
          : `From ${formatValue(keyResult, keyResult.startValue)} to ${formatValue(keyResult, keyResult.targetValue)}`
      }
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

/** Inline check-in on one key result: the new value, and optionally health, confidence, comment. */
export function KeyResultCheckInForm({ keyResult, onDone, onCancel }: Props) {
  const schema = keyResultCheckInSchema(keyResult.kind);
  const form = useForm<KeyResultCheckInValues, KeyResultCheckInRequest>(schema, {
    value: String(keyResult.currentValue),
    health: '',
    confidence: '',
    comment: '',
  });
  const checkIn = useCheckInKeyResult();
  const { values, setField, errors } = form;
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens from a "Check in" button: keyboard users continue in its first field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    checkIn.mutate(
      { keyResultId: keyResult.id, body },
      { onSuccess: onDone, onError: form.showServerError },
    );
  };

  return (
    <form
      ref={formRef}
      className="form inline-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={`Check in on ${keyResult.title}`}
    >
      <UnsavedChangesGuard when={form.isDirty} />
      <FormAlert message={errors.detail} />
      <ValueInput
        keyResult={keyResult}
        value={values.value}
        error={errors.fieldErrors.value}
        onChange={(value) => setField('value', value)}
      />
      <CheckInExtras
        values={values}
        errors={errors.fieldErrors}
        onChange={(field, value) => setField(field, value)}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" size="sm" busy={checkIn.isPending}>
          Save check-in
        </Button>
        <Button size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
