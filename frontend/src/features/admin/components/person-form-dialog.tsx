import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type { AdminPerson } from '@/features/admin/api/get-admin-people';
import { usePeopleOptions } from '@/features/admin/api/get-people-options';
import { useTeams } from '@/features/admin/api/get-teams';
import {
  useCreatePerson,
  useUpdatePerson,
  type CreatePersonRequest,
} from '@/features/admin/api/person-mutations';
import { useForm } from '@/lib/use-form';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';

type Role = NonNullable<CreatePersonRequest['roles']>[number];
const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: 'EMPLOYEE', label: 'Employee' },
  { value: 'ADMIN', label: 'Admin' },
];

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined);

const baseSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200, 'Use at most 200 characters.'),
  email: z.string().trim().min(1, 'Enter an email address.').email('Enter a valid email address.'),
  title: optional,
  teamId: optional,
  managerId: optional,
  roles: z.array(z.enum(['ADMIN', 'EMPLOYEE'])).min(1, 'Choose at least one role.'),
});

type Values = {
  name: string;
  email: string;
  title: string;
  teamId: string;
  managerId: string;
  roles: Role[];
};

type Props = { person?: AdminPerson; onClose: () => void; onSaved: (name: string) => void };

/** Invite (create) or edit a person; `person` switches to edit mode. */
export function PersonFormDialog({ person, onClose, onSaved }: Props) {
  const editing = Boolean(person);
  const form = useForm<Values, z.output<typeof baseSchema>>(baseSchema, {
    name: person?.name ?? '',
    email: person?.email ?? '',
    title: person?.title ?? '',
    teamId: person?.team?.id ?? '',
    managerId: person?.manager?.id ?? '',
    roles: person?.roles ?? ['EMPLOYEE'],
  });
  const teams = useTeams();
  const people = usePeopleOptions();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const { values, setField, errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    const fields = parsed;
    const options = { onSuccess: () => onSaved(fields.name), onError: form.showServerError };
    if (person)
      update.mutate({ id: person.id, body: { ...fields, version: person.version } }, options);
    else create.mutate(fields, options);
  };

  const managerOptions = (people.data?.items ?? [])
    .filter((candidate) => candidate.id !== person?.id)
    .map((candidate) => ({ value: candidate.id, label: candidate.name }));
  const teamOptions = (teams.data?.items ?? []).map((team) => ({
    value: team.id,
    label: team.name,
  }));

  return (
    <Dialog title={editing ? `Edit ${person?.name}` : 'Invite person'} onClose={onClose}>
      <UnsavedChangesGuard when={form.isDirty} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.detail} />
        <TextField
          label="Name"
          required
          value={values.name}
          onChange={(e) => setField('name', e.target.value)}
          error={errors.fieldErrors.name}
        />
        <TextField
          label="Email"
          type="email"
          required
          value={values.email}
          onChange={(e) => setField('email', e.target.value)}
          error={errors.fieldErrors.email}
        />
        <TextField
          label="Title"
          value={values.title}
          onChange={(e) => setField('title', e.target.value)}
          error={errors.fieldErrors.title}
        />
        <div className="form-row">
          <SelectField
            label="Team"
            placeholder="No team"
            options={teamOptions}
            value={values.teamId}
            onChange={(e) => setField('teamId', e.target.value)}
            error={errors.fieldErrors.teamId}
          />
          <SelectField
            label="Manager"
            placeholder="No manager"
            options={managerOptions}
            value={values.managerId}
            onChange={(e) => setField('managerId', e.target.value)}
            error={errors.fieldErrors.managerId}
          />
        </div>
        <CheckboxGroup
          legend="Roles"
          name="roles"
          options={ROLE_OPTIONS}
          value={values.roles}
          onChange={(roles) => setField('roles', roles as Role[])}
          error={errors.fieldErrors.roles}
        />
        {!editing && (
          <p className="muted">
            They get an e-mail with a link to choose their own password (valid for 7 days).
          </p>
        )}
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={create.isPending || update.isPending}>
            {editing ? 'Save changes' : 'Invite person'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
