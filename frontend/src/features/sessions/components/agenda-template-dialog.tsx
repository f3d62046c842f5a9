import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { useSaveAgendaTemplate } from '@/features/sessions/api/agenda-template-mutations';
import type { TemplatesPage } from '@/features/sessions/api/get-schedule-options';
import { setServerErrors } from '@/lib/problem';

type Template = TemplatesPage['items'][number];

const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200, 'Use at most 200 characters.'),
  items: z
    .string()
    .transform((text) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(300, 'Keep each item under 300 characters.'))
        .min(1, 'Add at least one agenda item.')
        .max(30, 'Use at most 30 items.'),
    ),
  scope: z.enum(['ORGANIZATION', 'PERSONAL']),
});
type Values = z.input<typeof schema>;

type Props = { template?: Template; isAdmin: boolean; onClose: () => void };

/** Create or edit an agenda template: a name and one agenda item a line. */
export function AgendaTemplateDialog({ template, isAdmin, onClose }: Props) {
  const save = useSaveAgendaTemplate();
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: template?.name ?? '',
      items: template?.items.join('\n') ?? '',
      scope: template?.scope ?? 'PERSONAL',
    },
  });
  const { errors, isDirty } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    save
      .mutateAsync({ id: template?.id, body: values, version: template?.version })
      .then(onClose)
      .catch((error: unknown) => setServerErrors(error, ['name', 'items'], form.setError)),
  );
  return (
    <Dialog title={template ? `Edit “${template.name}”` : 'New agenda template'} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <UnsavedChangesGuard when={isDirty && !save.isSuccess} what="the template" />
        <FormAlert message={errors.root?.message} />
        <TextField label="Name" required error={errors.name?.message} {...form.register('name')} />
        <TextAreaField
          label="Agenda items"
          required
          rows={6}
          hint="One item a line; they are added to a 1:1's agenda when it is scheduled with this template."
          error={errors.items?.message}
          {...form.register('items')}
        />
        {isAdmin && !template && (
          <SelectField
            label="Who can use it"
            required
            options={[
              { value: 'PERSONAL', label: 'Just me' },
              { value: 'ORGANIZATION', label: 'Everyone in the organization' },
            ]}
            {...form.register('scope')}
          />
        )}
        <div className="dialog-actions">
          <Button type="button" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {template ? 'Save template' : 'Create template'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
