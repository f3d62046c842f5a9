import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextAreaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useSaveSettings } from '@/features/feedback/api/admin-mutations';
import {
  useFeedbackSettings,
  type FeedbackSettings,
} from '@/features/feedback/api/get-feedback-options';
import styles from '@/features/feedback/components/feedback-forms.module.css';
import { VISIBILITY_HINTS } from '@/features/feedback/components/format';
import { applyServerErrors } from '@/features/feedback/components/server-errors';

const hint = z.string().trim().max(500, 'Use at most 500 characters.');
const schema = z
  .object({
    allowPrivate: z.boolean(),
    allowManagers: z.boolean(),
    publicPraise: z.boolean(),
    guidanceSituation: hint,
    guidanceBehaviour: hint,
    guidanceImpact: hint,
  })
  .refine((v) => v.allowPrivate || v.allowManagers || v.publicPraise, {
    path: ['allowPrivate'],
    message: 'Keep at least one way to give feedback.',
  });
type Values = z.input<typeof schema>;
const FIELDS = [
  'allowPrivate',
  'guidanceSituation',
  'guidanceBehaviour',
  'guidanceImpact',
] as const;

function SettingsForm({ settings }: { settings: FeedbackSettings }) {
  const save = useSaveSettings();
  const [alert, setAlert] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      allowPrivate: settings.allowPrivate,
      allowManagers: settings.allowManagers,
      publicPraise: settings.publicPraise,
      guidanceSituation: settings.guidance.situation,
      guidanceBehaviour: settings.guidance.behaviour,
      guidanceImpact: settings.guidance.impact,
    },
  });
  const onSubmit = handleSubmit((values) =>
    save.mutate(
      { ...values, version: settings.version },
      {
        onSuccess: () => setAlert({ tone: 'info', text: 'Saved.' }),
        onError: (error) =>
          setAlert({ tone: 'error', text: applyServerErrors(error, setError, FIELDS) ?? '' }),
      },
    ),
  );
  const option = (
    name: 'allowPrivate' | 'allowManagers' | 'publicPraise',
    label: string,
    help: string,
  ) => (
    <label className="checkbox">
      <input type="checkbox" {...register(name)} />{' '}
      <span>
        <strong>{label}</strong> — {help}
      </span>
    </label>
  );
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormAlert message={alert?.text} tone={alert?.tone} />
      <fieldset className={styles.structure}>
        <legend className="field-label">
          Who may read feedback: the options givers choose from
        </legend>
        {option('allowPrivate', 'Private', VISIBILITY_HINTS.PRIVATE)}
        {option('allowManagers', 'Recipient and managers', VISIBILITY_HINTS.MANAGERS)}
        {option('publicPraise', 'Public praise', VISIBILITY_HINTS.PUBLIC)}
        {formState.errors.allowPrivate && (
          <p className="field-error">{formState.errors.allowPrivate.message}</p>
        )}
      </fieldset>
      <p className="muted small">
        Admins see that feedback exists, never the text of feedback they may not read.
      </p>
      <TextAreaField
        label="Hint for “Situation”"
        rows={2}
        error={formState.errors.guidanceSituation?.message}
        {...register('guidanceSituation')}
      />
      <TextAreaField
        label="Hint for “Behaviour”"
        rows={2}
        error={formState.errors.guidanceBehaviour?.message}
        {...register('guidanceBehaviour')}
      />
      <TextAreaField
        label="Hint for “Impact”"
        rows={2}
        error={formState.errors.guidanceImpact?.message}
        {...register('guidanceImpact')}
      />
      <div className="dialog-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          Save settings
        </Button>
      </div>
    </form>
  );
}

/** Admins choose which visibilities exist, switch public praise on or off, and word the SBI guidance. */
export function FeedbackSettingsAdmin() {
  const settings = useFeedbackSettings();
  return (
    <Card title="Feedback settings">
      {settings.isPending ? (
        <LoadingState />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <SettingsForm key={settings.data.version} settings={settings.data} />
      )}
    </Card>
  );
}
