import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { SelectField, TextField } from '@/components/ui/field';
import { usePeopleChoices, useTeamChoices } from '@/features/reviews/api/get-review-options';
import type { WizardValues } from '@/features/reviews/components/cycle-wizard/wizard-schema';
import styles from '@/features/reviews/components/reviews.module.css';

export function StepParticipants() {
  const { register, watch, setValue, formState } = useFormContext<WizardValues>();
  const teams = useTeamChoices();
  const people = usePeopleChoices();
  const [filter, setFilter] = useState('');
  const scope = watch('participantScope');
  const chosen = watch('participantIds');
  const { errors } = formState;
  const candidates = (people.data?.items ?? []).filter(
    (p) => p.active && p.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const toggle = (id: string, on: boolean) =>
    setValue('participantIds', on ? [...chosen, id] : chosen.filter((other) => other !== id), {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });

  return (
    <>
      <SelectField
        label="Who is reviewed"
        {...register('participantScope')}
        options={[
          { value: 'LIST', label: 'Chosen people' },
          { value: 'TEAM', label: 'A team (with its sub-teams)' },
          { value: 'EVERYONE', label: 'Everyone in the organization' },
        ]}
        required
      />
      {scope === 'TEAM' && (
        <SelectField
          label="Team"
          {...register('participantTeamId')}
          options={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
          placeholder="Choose a team"
          error={errors.participantTeamId?.message}
          required
        />
      )}
      {scope === 'LIST' && (
        <>
          <TextField
            label="Find participants"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            error={errors.participantIds?.message}
            required
          />
          <div className={styles.peerPicker} role="group" aria-label="Participants">
            {candidates.slice(0, 50).map((person) => (
              <label key={person.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(person.id)}
                  onChange={(e) => toggle(person.id, e.target.checked)}
                />
                {person.name}
              </label>
            ))}
          </div>
          <p className="muted small" role="status">
            {chosen.length} chosen
          </p>
        </>
      )}
    </>
  );
}
