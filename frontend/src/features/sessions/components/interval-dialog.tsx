import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type { CadenceEntry } from '@/features/sessions/api/get-cadence';
import { useSetOneToOneInterval } from '@/features/sessions/api/set-interval';
import { setServerErrors } from '@/lib/problem';

const schema = z.object({
  intervalDays: z.coerce
    .number<string>()
    .int('Use whole days.')
    .min(1, 'Between 1 and 365 days.')
    .max(365, 'Between 1 and 365 days.'),
});
type Values = z.input<typeof schema>;

type Props = { entry: CadenceEntry; onClose: () => void };

/** How often a manager means to meet one report; "use the default" follows the organization's. */
export function IntervalDialog({ entry, onClose }: Props) {
  const save = useSetOneToOneInterval();
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { intervalDays: String(entry.intervalDays) },
  });
  const { errors } = form.formState;
  const submit = (intervalDays: number | null) =>
    save
      .mutateAsync({ reportId: entry.report.id, intervalDays })
      .then(onClose)
      .catch((error: unknown) => setServerErrors(error, ['intervalDays'], form.setError));

  return (
    <Dialog title={`1:1s with ${entry.report.name}`} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(({ intervalDays }) => submit(intervalDays))}
      >
        <FormAlert message={errors.root?.message} />
        <TextField
          label="Days between 1:1s"
          type="number"
          min={1}
          max={365}
          required
          hint={
            entry.defaultInterval
              ? "Now the organization's default. Set another interval for this report only."
              : 'Set for this report only.'
          }
          error={errors.intervalDays?.message}
          {...form.register('intervalDays')}
        />
        <div className="dialog-actions">
          {!entry.defaultInterval && (
            <Button
              type="button"
              variant="ghost"
              busy={save.isPending}
              onClick={() => submit(null)}
            >
              Use the default
            </Button>
          )}
          <Button type="button" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            Save interval
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
