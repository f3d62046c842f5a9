import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useSetPassword } from '@/features/auth/api/account';
import { newPasswordSchema, PASSWORD_HINT } from '@/features/auth/components/password-rules';
import { applyServerErrors } from '@/features/auth/components/use-server-errors';

const schema = z
  .object({ newPassword: newPasswordSchema, confirm: z.string() })
  .refine((values) => values.newPassword === values.confirm, {
    path: ['confirm'],
    message: 'The two passwords differ.',
  });
type Values = z.infer<typeof schema>;

/** Chooses a password through a reset or invitation link. */
export function SetPasswordForm({
  token,
  submitLabel,
  onDone,
}: {
  token: string;
  submitLabel: string;
  onDone: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const setPassword = useSetPassword();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { newPassword: '', confirm: '' },
  });

  const onSubmit = handleSubmit(({ newPassword }) => {
    setMessage(null);
    setPassword.mutate(
      { token, newPassword },
      {
        onSuccess: onDone,
        onError: (error) => setMessage(applyServerErrors(error, setError, ['newPassword'])),
      },
    );
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Choose a password">
      <FormAlert message={message} />
      <TextField
        label="New password"
        type="password"
        required
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        {...register('newPassword')}
        error={formState.errors.newPassword?.message}
      />
      <TextField
        label="Repeat the new password"
        type="password"
        required
        autoComplete="new-password"
        {...register('confirm')}
        error={formState.errors.confirm?.message}
      />
      <Button type="submit" variant="primary" className="btn-block" busy={setPassword.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
