import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionItem, SessionDetail } from '@/features/sessions/api/get-session';
import { useUpdateActionItem } from '@/features/sessions/api/session-mutations';
import { toFormErrors } from '@/lib/problem';

const schema = z.object({
  title: z.string().trim().min(1, 'Say what is to be done').max(300, 'At most 300 characters'),
  assigneeId: z.string().min(1, 'Choose who does it'),
  dueDate: z.string(),
});
type Values = z.infer<typeof schema>;

/** Edit an action item's text, assignee and due date (an empty date removes it). */
export function ActionItemDialog({
  session,
  item,
  onClose,
}: {
  session: SessionDetail;
  item: ActionItem;
  onClose: () => void;
}) {
  const update = useUpdateActionItem(session.id);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { title: item.title, assigneeId: item.assignee.id, dueDate: item.dueDate ?? '' },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    update.mutate(
      {
        itemId: item.id,
        body: {
          title: values.title,
          assigneeId: values.assigneeId,
          dueDate: values.dueDate || undefined,
          clearDueDate: values.dueDate ? undefined : true,
          version: item.version,
        },
      },
      { onSuccess: onClose },
    ),
  );
  return (
    <Dialog title="Edit action item" onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={update.isError ? toFormErrors(update.error).detail : null} />
        <TextField
          label="What"
          {...form.register('title')}
          error={errors.title?.message}
          required
        />
        <SelectField
          label="Who"
          {...form.register('assigneeId')}
          options={session.participants.map((p) => ({ value: p.id, label: p.name }))}
          error={errors.assigneeId?.message}
          required
        />
        <TextField label="Due" type="date" {...form.register('dueDate')} />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={update.isPending}>
            Save action item
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
