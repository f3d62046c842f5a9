import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useReturnObjective } from '@/features/objectives/api/objective-mutations';
import { useForm } from '@/lib/use-form';

const schema = z.object({
  comment: z
    .string()
    .trim()
    .min(1, 'Say what should change before you agree.')
    .max(2000, 'Use at most 2000 characters.'),
});

type Props = {
  objective: { id: string; title: string; version: number };
  onClose: () => void;
  onDone: () => void;
};

/** Return a proposed draft to its owner with a comment. */
export function ReturnDialog({ objective, onClose, onDone }: Props) {
  const form = useForm(schema, { comment: '' });
  const returnDraft = useReturnObjective();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    // mutateAsync: the caller may unmount this dialog's owner when the lists refresh.
    returnDraft
      .mutateAsync({ id: objective.id, comment: parsed.comment, version: objective.version })
      .then(onDone, form.showServerError);
  };
  return (
    <Dialog title={`Return "${objective.title}"`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={form.errors.detail} />
        <TextAreaField
          label="Comment for the owner"
          required
          rows={4}
          value={form.values.comment}
          onChange={(e) => form.setField('comment', e.target.value)}
          error={form.errors.fieldErrors.comment}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={returnDraft.isPending}>
            Return to owner
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
