import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type {
  CreateApiTokenRequest,
  CreatedApiToken,
} from '@/features/integrations/api/api-tokens';
import {
  noScopes,
  toScopes,
  type ScopeChoice,
} from '@/features/integrations/components/scope-areas';
import { ScopePicker } from '@/features/integrations/components/scope-picker';
import { SecretReveal } from '@/features/integrations/components/secret-reveal';
import { todayIso, zonedToInstant } from '@/lib/format-date';
import { useForm } from '@/lib/use-form';

const EXPIRIES = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '180', label: '180 days' },
  { value: '365', label: '1 year' },
  { value: 'date', label: 'On a date…' },
];

const tokenSchema = z
  .object({
    name: z.string().trim().min(1, 'Name what the token is for, e.g. "BI export".').max(100),
    scopes: z.array(z.string()).min(1, 'Pick at least one scope.'),
    expiry: z.string(),
    expiryDate: z.string(),
  })
  .refine((v) => v.expiry !== 'date' || v.expiryDate > todayIso(), {
    path: ['expiryDate'],
    message: 'Pick a day after today.',
  });

type Values = { name: string; scopes: string[]; expiry: string; expiryDate: string };

type Props = {
  title: string;
  /** A service account's scopes: its tokens may not go beyond them. */
  ceiling?: ScopeChoice;
  create: (body: CreateApiTokenRequest) => Promise<CreatedApiToken>;
  busy: boolean;
  onClose: () => void;
};

function expiresAt(values: Values): string {
  if (values.expiry === 'date') return zonedToInstant(values.expiryDate, '23:59').toISOString();
  return new Date(Date.now() + Number(values.expiry) * 24 * 3600 * 1000).toISOString();
}

function scopeError(fieldErrors: Record<string, string>): string | undefined {
  return Object.entries(fieldErrors).find(([field]) => field.startsWith('scopes'))?.[1];
}

/** Create a token (name, scopes, expiry); then its secret, once. */
export function TokenFormDialog({ title, ceiling, create, busy, onClose }: Props) {
  const [choice, setChoice] = useState<ScopeChoice>(noScopes);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const form = useForm<Values, z.output<typeof tokenSchema>>(tokenSchema, {
    name: '',
    scopes: [],
    expiry: '90',
    expiryDate: '',
  });
  const { values, setField, errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.validate()) return;
    create({ name: values.name.trim(), scopes: values.scopes, expiresAt: expiresAt(values) })
      .then(setCreated)
      .catch(form.showServerError);
  };

  if (created)
    return (
      <Dialog title={`Token “${created.token.name}” created`} onClose={onClose}>
        <SecretReveal secret={created.secret} name={created.token.name} />
        <div className="dialog-actions">
          <Button variant="primary" onClick={onClose}>
            I have copied it
          </Button>
        </div>
      </Dialog>
    );

  return (
    <Dialog title={title} onClose={onClose} wide>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.detail} />
        <TextField
          label="Name"
          required
          hint="What it is for, e.g. the script or tool that uses it."
          value={values.name}
          onChange={(e) => setField('name', e.target.value)}
          error={errors.fieldErrors.name}
        />
        <ScopePicker
          value={choice}
          ceiling={ceiling}
          onChange={(next) => {
            setChoice(next);
            setField('scopes', toScopes(next));
          }}
          error={scopeError(errors.fieldErrors)}
        />
        <div className="form-row">
          <SelectField
            label="Expires in"
            required
            options={EXPIRIES}
            value={values.expiry}
            onChange={(e) => setField('expiry', e.target.value)}
            error={errors.fieldErrors.expiresAt}
          />
          {values.expiry === 'date' && (
            <TextField
              label="Expiry date"
              type="date"
              required
              min={todayIso()}
              value={values.expiryDate}
              onChange={(e) => setField('expiryDate', e.target.value)}
              error={errors.fieldErrors.expiryDate}
            />
          )}
        </div>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy}>
            Create token
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
