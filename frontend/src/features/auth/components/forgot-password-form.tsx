import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useRequestPasswordReset } from '@/features/auth/api/account';
import styles from '@/features/auth/components/auth-pages.module.css';
import { applyServerErrors } from '@/features/auth/components/use-server-errors';

const schema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .email('Enter a valid email address.'),
});
type Values = z.infer<typeof schema>;

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reset = useRequestPasswordReset();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '' },
  });

  if (sentTo) {
    return (
      <p className={styles.message} role="status">
        If an account uses <span className={styles.email}>{sentTo}</span>, we sent it a link to
        choose a new password. The link works once, for 30 minutes.
      </p>
    );
  }

  const onSubmit = handleSubmit(({ email }) => {
    setMessage(null);
    reset.mutate(
      { email },
      {
        onSuccess: () => setSentTo(email),
        onError: (error) => setMessage(applyServerErrors(error, setError, ['email'])),
      },
    );
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Reset your password">
      <FormAlert message={message} />
      <TextField
        label="Email"
        type="email"
        required
        autoComplete="username"
        {...register('email')}
        error={formState.errors.email?.message}
      />
      <Button type="submit" variant="primary" className="btn-block" busy={reset.isPending}>
        Send me a link
      </Button>
    </form>
  );
}
