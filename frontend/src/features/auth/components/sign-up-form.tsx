import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useSignUp } from '@/features/auth/api/account';
import { newPasswordSchema, PASSWORD_HINT } from '@/features/auth/components/password-rules';
import { slugFrom } from '@/features/auth/components/slug';
import { applyServerErrors } from '@/features/auth/components/use-server-errors';

const schema = z.object({
  organizationName: z.string().trim().min(1, 'Enter the name of your organization.').max(200),
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/,
      'Use 1 to 60 lowercase letters, digits or dashes (not at the start or end).',
    ),
  adminName: z.string().trim().min(1, 'Enter your name.').max(200),
  adminEmail: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .email('Enter a valid email address.'),
  adminPassword: newPasswordSchema,
});

type Values = z.infer<typeof schema>;
const FIELDS = ['organizationName', 'slug', 'adminName', 'adminEmail', 'adminPassword'] as const;

/** Creates an organization and its first admin, who then confirms their email. */
export function SignUpForm({ onSignedUp }: { onSignedUp: (email: string) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const signUp = useSignUp();
  const { register, handleSubmit, setError, setValue, getFieldState, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      organizationName: '',
      slug: '',
      adminName: '',
      adminEmail: '',
      adminPassword: '',
    },
  });
  const { errors } = formState;
  const organizationName = register('organizationName', {
    onChange: (event: { target: { value: string } }) => {
      if (!getFieldState('slug').isDirty) setValue('slug', slugFrom(event.target.value));
    },
  });

  const onSubmit = handleSubmit((values) => {
    setMessage(null);
    signUp.mutate(values, {
      onSuccess: () => onSignedUp(values.adminEmail.trim()),
      onError: (error) => setMessage(applyServerErrors(error, setError, FIELDS)),
    });
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Create an organization">
      <FormAlert message={message} />
      <TextField
        label="Organization name"
        required
        {...organizationName}
        error={errors.organizationName?.message}
      />
      <TextField
        label="Short name"
        required
        hint="Used in sign-in when one email belongs to several organizations, e.g. acme."
        {...register('slug')}
        error={errors.slug?.message}
      />
      <TextField
        label="Your name"
        required
        autoComplete="name"
        {...register('adminName')}
        error={errors.adminName?.message}
      />
      <TextField
        label="Your email"
        type="email"
        required
        autoComplete="email"
        {...register('adminEmail')}
        error={errors.adminEmail?.message}
      />
      <TextField
        label="Password"
        type="password"
        required
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        {...register('adminPassword')}
        error={errors.adminPassword?.message}
      />
      <Button type="submit" variant="primary" className="btn-block" busy={signUp.isPending}>
        Create organization
      </Button>
    </form>
  );
}
