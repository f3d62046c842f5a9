import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useRequestFeedback } from '@/features/feedback/api/feedback-mutations';
import { usePeopleOptions, usePromptTemplates } from '@/features/feedback/api/get-feedback-options';
import { useMyReports } from '@/features/feedback/api/get-my-reports';
import styles from '@/features/feedback/components/feedback-forms.module.css';
import { applyServerErrors } from '@/features/feedback/components/server-errors';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';

const schema = z.object({
  subjectId: z.string(),
  responderIds: z
    .array(z.string())
    .min(1, 'Choose at least one person to ask.')
    .max(10, 'Ask at most 10 people at once.'),
  prompt: z
    .string()
    .trim()
    .min(1, 'Write a question or pick a template.')
    .max(2000, 'Keep it under 2000 characters.'),
  dueOn: z.string(),
});
type Values = z.input<typeof schema>;
const FIELDS = ['subjectId', 'responderIds', 'prompt', 'dueOn'] as const;

/** Ask one or more people for feedback about yourself or, as a manager, about a report. */
export function RequestFeedbackDialog({
  meId,
  isManager,
  subjectId,
  onClose,
}: {
  meId: string;
  isManager: boolean;
  subjectId?: string;
  onClose: () => void;
}) {
  const people = usePeopleOptions();
  const reports = useMyReports(meId, isManager);
  const templates = usePromptTemplates();
  const request = useRequestFeedback();
  const [alert, setAlert] = useState<string | null>(null);
  const { register, handleSubmit, control, setValue, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { subjectId: subjectId ?? meId, responderIds: [], prompt: '', dueOn: '' },
  });
  const subject = useWatch({ control, name: 'subjectId' });
  const errors = formState.errors;

  const onSubmit = handleSubmit((data) => {
    setAlert(null);
    request.mutate(
      {
        subjectId: data.subjectId === meId ? undefined : data.subjectId,
        responderIds: data.responderIds,
        prompt: data.prompt,
        dueOn: data.dueOn || undefined,
      },
      {
        onSuccess: onClose,
        onError: (error) =>
          setAlert(applyServerErrors(error, setError, FIELDS, { templateId: 'prompt' })),
      },
    );
  });

  const subjects = [
    { value: meId, label: 'Me' },
    ...(reports.data?.items ?? []).map((r) => ({ value: r.id, label: r.name })),
  ];
  const responders = (people.data?.items ?? [])
    .filter((p) => p.active && p.id !== meId && p.id !== subject)
    .map((p) => ({ value: p.id, label: p.name }));

  return (
    <Dialog title="Request feedback" onClose={onClose} wide>
      <UnsavedChangesGuard when={formState.isDirty} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={alert} />
        {isManager && (
          <SelectField
            label="About"
            required
            options={subjects}
            error={errors.subjectId?.message}
            {...register('subjectId')}
          />
        )}
        <div className={styles.people}>
          <Controller
            control={control}
            name="responderIds"
            render={({ field }) => (
              <CheckboxGroup
                legend="Who do you want to ask?"
                name="responderIds"
                vertical
                options={responders}
                value={field.value}
                onChange={field.onChange}
                error={errors.responderIds?.message}
              />
            )}
          />
        </div>
        {(templates.data?.items.length ?? 0) > 0 && (
          <SelectField
            label="Start from a template"
            placeholder="Write my own question"
            options={(templates.data?.items ?? []).map((t) => ({ value: t.prompt, label: t.name }))}
            onChange={(e) =>
              e.target.value && setValue('prompt', e.target.value, { shouldValidate: true })
            }
          />
        )}
        <TextAreaField
          label="Question"
          required
          rows={3}
          error={errors.prompt?.message}
          {...register('prompt')}
        />
        <TextField
          label="Answer by"
          type="date"
          error={errors.dueOn?.message}
          {...register('dueOn')}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={request.isPending}>
            Send request
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
