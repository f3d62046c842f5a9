import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type { Period } from '@/features/admin/api/get-periods';
import { useSavePeriod } from '@/features/admin/api/period-mutations';
import { useForm } from '@/lib/use-form';

const isoDate = (label: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as a date.`);

const periodSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter a name, e.g. "2026 Q4".')
      .max(100, 'Use at most 100 characters.'),
    startDate: isoDate('start date'),
    endDate: isoDate('end date'),
  })
  .refine((period) => period.endDate >= period.startDate, {
    path: ['endDate'],
    message: 'The end date must be on or after the start date.',
  });

type Values = { name: string; startDate: string; endDate: string };

type Props = { period?: Period; onClose: () => void; onSaved: (name: string) => void };

export function PeriodFormDialog({ period, onClose, onSaved }: Props) {
  const form = useForm<Values, z.output<typeof periodSchema>>(periodSchema, {
    name: period?.name ?? '',
    startDate: period?.startDate ?? '',
    endDate: period?.endDate ?? '',
  });
  const save = useSavePeriod();
  const { values, setField, errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    save.mutate(
      { id: period?.id, body: period ? { ...parsed, version: period.version } : parsed },
      { onSuccess: () => onSaved(parsed.name), onError: form.showServerError },
    );
  };

  return (
    <Dialog title={period ? `Edit ${period.name}` : 'New period'} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.detail} />
        <TextField
          label="Name"
          required
          value={values.name}
          onChange={(e) => setField('name', e.target.value)}
          error={errors.fieldErrors.name}
        />
        <div className="form-row">
          <TextField
            label="Start date"
            type="date"
            required
            value={values.startDate}
            onChange={(e) => setField('startDate', e.target.value)}
            error={errors.fieldErrors.startDate}
          />
          <TextField
            label="End date"
            type="date"
            required
            value={values.endDate}
            onChange={(e) => setField('endDate', e.target.value)}
            error={errors.fieldErrors.endDate}
          />
        </div>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {period ? 'Save changes' : 'Create period'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
