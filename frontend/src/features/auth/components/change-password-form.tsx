import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useChangePassword } from '@/features/auth/api/account';
import styles from '@/features/auth/components/auth-pages.module.css';
import { newPasswordSchema, PASSWORD_HINT } from '@/features/auth/components/password-rules';
import { applyServerErrors } from '@/features/auth/components/use-server-errors';

const schema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((values) => values.newPassword === values.confirm, {
    path: ['confirm'],
    message: 'The two passwords differ.',
  });
type Values = z.infer<typeof schema>;

/** Changes the signed-in person's password; their other sign-ins end. */
export function ChangePasswordForm() {
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const change = useChangePassword();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });

  const onSubmit = handleSubmit(({ currentPassword, newPassword }) => {
    setMessage(null);
    setNotice(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          reset();
          setNotice('Your password was changed. You were signed out everywhere else.');
        },
        onError: (error) =>
          setMessage(applyServerErrors(error, setError, ['currentPassword', 'newPassword'])),
      },
    );
  });

  return (
    <form
      className={`form ${styles.section}`}
      onSubmit={onSubmit}
      noValidate
      aria-label="Change password"
    >
      <FormAlert message={message} />
      <FormAlert tone="info" message={notice} />
      <TextField
        label="Current password"
        type="password"
        required
        autoComplete="current-password"
        {...register('currentPassword')}
        error={formState.errors.currentPassword?.message}
      />
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
      <div>
        <Button type="submit" variant="primary" busy={change.isPending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
