import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import {
  useUpdateSessionSettings,
  type SessionSettings,
} from '@/features/settings/api/session-settings';
import styles from '@/features/settings/components/settings.module.css';
import { setServerErrors } from '@/lib/problem';

const days = (min: number) =>
  z.coerce
    .number<string>()
    .int('Use whole days.')
    .min(min, `Between ${min} and 365 days.`)
    .max(365, `Between ${min} and 365 days.`);

const schema = z.object({ defaultIntervalDays: days(1), lockAfterDays: days(0) });
type Values = z.input<typeof schema>;

/** Admins set how often managers should meet each report, and when a 1:1's record locks. */
export function SessionSettingsForm({ settings }: { settings: SessionSettings }) {
  const update = useUpdateSessionSettings();
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    values: {
      defaultIntervalDays: String(settings.defaultIntervalDays),
      lockAfterDays: String(settings.lockAfterDays),
    },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    update
      .mutateAsync({ ...values, version: settings.version })
      .catch((error: unknown) =>
        setServerErrors(error, ['defaultIntervalDays', 'lockAfterDays'], form.setError),
      ),
  );
  return (
    <form
      className={`form ${styles.form}`}
      onSubmit={onSubmit}
      noValidate
      aria-label="1:1 settings"
    >
      <UnsavedChangesGuard when={form.formState.isDirty} />
      <FormAlert message={errors.root?.message} />
      <FormAlert
        tone="info"
        message={update.isSuccess && !form.formState.isDirty ? 'The 1:1 settings are saved.' : null}
      />
      <TextField
        label="Days between a manager's 1:1s with a report"
        type="number"
        min={1}
        max={365}
        required
        hint="The default for every pair; a manager can set another interval for one report."
        error={errors.defaultIntervalDays?.message}
        {...form.register('defaultIntervalDays')}
      />
      <TextField
        label="Days after a 1:1 until its record locks"
        type="number"
        min={0}
        max={365}
        required
        hint="After that, nobody can change its agenda, notes or action items."
        error={errors.lockAfterDays?.message}
        {...form.register('lockAfterDays')}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save 1:1 settings
        </Button>
      </div>
    </form>
  );
}
