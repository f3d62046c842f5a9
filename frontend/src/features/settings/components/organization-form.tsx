import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type { Organization } from '@/features/settings/api/get-organization';
import { useUpdateOrganization } from '@/features/settings/api/settings-mutations';
import { timeZoneOptions } from '@/features/settings/components/time-zones';
import styles from '@/features/settings/components/settings.module.css';
import { setServerErrors } from '@/lib/problem';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the organization a name.')
    .max(200, 'Use at most 200 characters.'),
  timeZone: z.string().min(1, 'Choose a time zone.'),
  checkInCadenceDays: z.coerce
    .number<string>()
    .int('Use whole days.')
    .min(1, 'Between 1 and 90 days.')
    .max(90, 'Between 1 and 90 days.'),
});

type Values = z.input<typeof schema>;

/**
 * Admins name the organization, set its time zone (review deadlines end at midnight in it) and how
 * often people are expected to check in on their objectives.
 */
export function OrganizationForm({ organization }: { organization: Organization }) {
  const update = useUpdateOrganization();
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    values: {
      name: organization.name,
      timeZone: organization.timeZone,
      checkInCadenceDays: String(organization.checkInCadenceDays),
    },
  });
  const onSubmit = form.handleSubmit((values) =>
    update
      .mutateAsync({ ...values, version: organization.version })
      .catch((error: unknown) =>
        setServerErrors(error, ['name', 'timeZone', 'checkInCadenceDays'], form.setError),
      ),
  );
  return (
    <form className={`form ${styles.form}`} onSubmit={onSubmit} noValidate>
      <UnsavedChangesGuard when={form.formState.isDirty} />
      <FormAlert message={form.formState.errors.root?.message} />
      <FormAlert
        tone="info"
        message={update.isSuccess && !form.formState.isDirty ? 'The organization is saved.' : null}
      />
      <TextField
        label="Organization name"
        required
        error={form.formState.errors.name?.message}
        {...form.register('name')}
      />
      <SelectField
        label="Organization time zone"
        required
        options={timeZoneOptions(organization.timeZone)}
        hint="Review deadlines end at midnight in it; it is everyone's who has not chosen their own."
        error={form.formState.errors.timeZone?.message}
        {...form.register('timeZone')}
      />
      <TextField
        label="Check-in cadence (days)"
        type="number"
        min={1}
        max={90}
        required
        hint="An active objective without a check-in for this long shows up in its owner's to-do list and counts as stale in reports."
        error={form.formState.errors.checkInCadenceDays?.message}
        {...form.register('checkInCadenceDays')}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save organization
        </Button>
      </div>
    </form>
  );
}
