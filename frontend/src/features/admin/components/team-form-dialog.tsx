import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { usePeopleOptions } from '@/features/admin/api/get-people-options';
import type { Team } from '@/features/admin/api/get-teams';
import { useSaveTeam } from '@/features/admin/api/team-mutations';
import { useForm } from '@/lib/use-form';

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined);

const teamSchema = z.object({
  name: z.string().trim().min(1, 'Enter a team name.').max(200, 'Use at most 200 characters.'),
  parentId: optional,
  leadId: optional,
});

type Values = { name: string; parentId: string; leadId: string };

type Props = { team?: Team; teams: Team[]; onClose: () => void; onSaved: (name: string) => void };

export function TeamFormDialog({ team, teams, onClose, onSaved }: Props) {
  const form = useForm<Values, z.output<typeof teamSchema>>(teamSchema, {
    name: team?.name ?? '',
    parentId: team?.parent?.id ?? '',
    leadId: team?.lead?.id ?? '',
  });
  const people = usePeopleOptions();
  const save = useSaveTeam();
  const { values, setField, errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    save.mutate(
      { id: team?.id, body: team ? { ...parsed, version: team.version } : parsed },
      { onSuccess: () => onSaved(parsed.name), onError: form.showServerError },
    );
  };

  return (
    <Dialog title={team ? `Edit ${team.name}` : 'New team'} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.detail} />
        <TextField
          label="Name"
          required
          value={values.name}
          onChange={(e) => setField('name', e.target.value)}
          error={errors.fieldErrors.name}
        />
        <SelectField
          label="Parent team"
          placeholder="No parent (top level)"
          options={teams
            .filter((candidate) => candidate.id !== team?.id)
            .map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          value={values.parentId}
          onChange={(e) => setField('parentId', e.target.value)}
          error={errors.fieldErrors.parentId}
        />
        <SelectField
          label="Lead"
          placeholder="No lead"
          options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={values.leadId}
          onChange={(e) => setField('leadId', e.target.value)}
          error={errors.fieldErrors.leadId}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {team ? 'Save changes' : 'Create team'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
