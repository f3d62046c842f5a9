import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useUpdatePreferences } from '@/features/settings/api/settings-mutations';
import { timeZoneOptions } from '@/features/settings/components/time-zones';
import styles from '@/features/settings/components/settings.module.css';
import { describeTimeZone, formatDateTime } from '@/lib/format-date';
import { setServerErrors } from '@/lib/problem';
import type { Me } from '@/lib/session';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';

const schema = z.object({
  // '' = the organization's zone
  timeZone: z.string(),
});

type Values = z.infer<typeof schema>;

/** The signed-in person picks the time zone every date and time is shown in. */
export function PreferencesForm({ person }: { person: Me }) {
  const update = useUpdatePreferences();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    values: { timeZone: person.preferences.timeZone ?? '' },
  });
  const onSubmit = form.handleSubmit((values) =>
    update
      .mutateAsync({ timeZone: values.timeZone || null })
      .catch((error: unknown) => setServerErrors(error, ['timeZone'], form.setError)),
  );
  const organizationZone = person.organization.timeZone;
  const chosen = form.watch('timeZone') || organizationZone;
  return (
    <form className={`form ${styles.form}`} onSubmit={onSubmit} noValidate>
      <UnsavedChangesGuard when={form.formState.isDirty} />
      <FormAlert message={form.formState.errors.root?.message} />
      <FormAlert
        tone="info"
        message={update.isSuccess && !form.formState.isDirty ? 'Your time zone is saved.' : null}
      />
      <SelectField
        label="Your time zone"
        required
        placeholder={`The organization's (${organizationZone.replaceAll('_', ' ')})`}
        options={timeZoneOptions(person.preferences.timeZone)}
        hint="Dates and times, 1:1s and deadlines are shown in it."
        error={form.formState.errors.timeZone?.message}
        {...form.register('timeZone')}
      />
      <p className={styles.now}>
        It is {formatDateTime(new Date(), { timeZone: chosen })} in {describeTimeZone(chosen)}.
      </p>
      <div className="button-row">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save time zone
        </Button>
      </div>
    </form>
  );
}
