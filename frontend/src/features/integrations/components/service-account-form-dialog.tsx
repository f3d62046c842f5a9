import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import {
  useSaveServiceAccount,
  type ServiceAccount,
} from '@/features/integrations/api/service-accounts';
import { fromScopes, noScopes, toScopes } from '@/features/integrations/components/scope-areas';
import { ScopePicker } from '@/features/integrations/components/scope-picker';
import { useForm } from '@/lib/use-form';

const accountSchema = z.object({
  name: z.string().trim().min(1, 'Name the integration, e.g. "HRIS sync".').max(200),
  description: z.string().trim().max(500, 'Use at most 500 characters.'),
  scopes: z.array(z.string()).min(1, 'Pick at least one scope.'),
  admin: z.boolean(),
});

type Values = { name: string; description: string; scopes: string[]; admin: boolean };

type Props = { account?: ServiceAccount; onClose: () => void; onSaved: (name: string) => void };

export function ServiceAccountFormDialog({ account, onClose, onSaved }: Props) {
  const [choice, setChoice] = useState(() => (account ? fromScopes(account.scopes) : noScopes()));
  const form = useForm<Values, z.output<typeof accountSchema>>(accountSchema, {
    name: account?.name ?? '',
    description: account?.description ?? '',
    scopes: account?.scopes ?? [],
    admin: account?.admin ?? false,
  });
  const save = useSaveServiceAccount();
  const { values, setField, errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    const body = { ...parsed, description: parsed.description || null, version: account?.version };
    save.mutate(
      { id: account?.id, body },
      { onSuccess: () => onSaved(parsed.name), onError: form.showServerError },
    );
  };

  const scopeError = Object.entries(errors.fieldErrors).find(([f]) => f.startsWith('scopes'))?.[1];
  return (
    <Dialog title={account ? `Edit ${account.name}` : 'New service account'} onClose={onClose} wide>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.detail} />
        <TextField
          label="Name"
          required
          value={values.name}
          onChange={(e) => setField('name', e.target.value)}
          error={errors.fieldErrors.name}
        />
        <TextAreaField
          label="Description"
          hint="What the integration does and who looks after it."
          value={values.description}
          onChange={(e) => setField('description', e.target.value)}
          error={errors.fieldErrors.description}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.admin}
            onChange={(e) => setField('admin', e.target.checked)}
          />
          Acts with admin rights (still limited to its scopes)
        </label>
        <ScopePicker
          value={choice}
          onChange={(next) => {
            setChoice(next);
            setField('scopes', toScopes(next));
          }}
          error={scopeError}
        />
        {account && (
          <p className="field-hint">
            Narrowing the scopes narrows the account&apos;s existing tokens at once.
          </p>
        )}
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {account ? 'Save changes' : 'Create service account'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
