import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { applyServerErrors } from '@/features/feedback/components/server-errors';

type Values = { name: string; text: string };

/** An admin's small form for something with a name and a text (a company value, a prompt template). */
export function NamedTextDialog({
  title,
  nameLabel,
  textLabel,
  textRequired,
  nameMax,
  textMax,
  textField,
  initial,
  busy,
  onSave,
  onClose,
}: {
  title: string;
  nameLabel: string;
  textLabel: string;
  textRequired: boolean;
  nameMax: number;
  textMax: number;
  /** The API's name of the text field, for its errors. */
  textField: string;
  initial: Values;
  busy: boolean;
  onSave: (values: Values, onError: (error: unknown) => void) => void;
  onClose: () => void;
}) {
  const schema = z.object({
    name: z
      .string()
      .trim()
      .min(1, 'Give it a name.')
      .max(nameMax, `Use at most ${nameMax} characters.`),
    text: textRequired
      ? z
          .string()
          .trim()
          .min(1, 'This is required.')
          .max(textMax, `Use at most ${textMax} characters.`)
      : z.string().trim().max(textMax, `Use at most ${textMax} characters.`),
  });
  const [alert, setAlert] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  const onSubmit = handleSubmit((values) =>
    onSave(values, (error) =>
      setAlert(
        applyServerErrors(error, setError, ['name', 'text'] as const, { [textField]: 'text' }),
      ),
    ),
  );
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={alert} />
        <TextField
          label={nameLabel}
          required
          error={formState.errors.name?.message}
          {...register('name')}
        />
        <TextAreaField
          label={textLabel}
          required={textRequired}
          rows={4}
          error={formState.errors.text?.message}
          {...register('text')}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
