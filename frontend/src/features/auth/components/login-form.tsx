import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useLogin, type LoginResponse } from '@/features/auth/api/login';
import { isApiError, toFormErrors, type FormErrors } from '@/lib/problem';

const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .email('Enter a valid email address.'),
  password: z.string().min(1, 'Enter your password.'),
  organization: z.string().trim().optional(),
});

type Values = { email: string; password: string; organization: string };

const ORGANIZATION_NEEDED =
  'This email is used in more than one organization. Enter the one you want to sign in to.';

const NO_ERRORS: FormErrors = { detail: null, fieldErrors: {} };

function loginErrors(error: unknown): FormErrors {
  const errors = toFormErrors(error);
  if (!isApiError(error)) return errors;
  if (error.status === 401) return { detail: 'Incorrect email or password.', fieldErrors: {} };
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return {
      detail: `Too many sign-in attempts. ${wait ? `Try again in ${wait} seconds.` : 'Try again later.'}`,
      fieldErrors: {},
    };
  }
  if (error.status === 400 && errors.fieldErrors.organization) {
    return { ...errors, detail: ORGANIZATION_NEEDED };
  }
  return errors;
}

export function LoginForm({ onSuccess }: { onSuccess: (response: LoginResponse) => void }) {
  const [values, setValues] = useState<Values>({ email: '', password: '', organization: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [needsOrganization, setNeedsOrganization] = useState(false);
  const loginMutation = useLogin();

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const schema = needsOrganization
      ? loginSchema.extend({
          organization: z.string().trim().min(1, "Enter your organization's short name."),
        })
      : loginSchema;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
      setErrors({ detail: null, fieldErrors });
      return;
    }
    setErrors(NO_ERRORS);
    const { email, password, organization } = parsed.data;
    loginMutation.mutate(
      { email, password, ...(organization ? { organization } : {}) },
      {
        onSuccess,
        onError: (error) => {
          const next = loginErrors(error);
          if (next.fieldErrors.organization) setNeedsOrganization(true);
          setErrors(next);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Sign in">
      <FormAlert message={errors.detail} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        value={values.email}
        onChange={set('email')}
        error={errors.fieldErrors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={set('password')}
        error={errors.fieldErrors.password}
      />
      {needsOrganization && (
        <TextField
          label="Organization"
          name="organization"
          autoComplete="organization"
          required
          hint="The organization's short name, e.g. northwind."
          value={values.organization}
          onChange={set('organization')}
          error={errors.fieldErrors.organization}
        />
      )}
      <Button type="submit" variant="primary" className="btn-block" busy={loginMutation.isPending}>
        Sign in
      </Button>
    </form>
  );
}
