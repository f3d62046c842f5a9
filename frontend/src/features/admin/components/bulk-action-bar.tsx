import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SelectField } from '@/components/ui/field';
import type { AdminPerson } from '@/features/admin/api/get-admin-people';
import { usePeopleOptions } from '@/features/admin/api/get-people-options';
import { useTeams } from '@/features/admin/api/get-teams';
import { useBulkChangePeople, type BulkPeopleRequest } from '@/features/admin/api/bulk-people';
import { describeBulkChange } from '@/features/admin/components/describe-bulk-change';
import styles from '@/features/admin/components/people-admin.module.css';
import { toFormErrors } from '@/lib/problem';

const ACTIONS = [
  { value: 'SET_TEAM', label: 'Move to team' },
  { value: 'SET_MANAGER', label: 'Change manager' },
  { value: 'SET_ROLE', label: 'Set role' },
  { value: 'DEACTIVATE', label: 'Deactivate' },
  { value: 'REACTIVATE', label: 'Reactivate' },
] as const;

const bulkSchema = z.object({
  action: z.enum(['SET_TEAM', 'SET_MANAGER', 'SET_ROLE', 'DEACTIVATE', 'REACTIVATE'], {
    message: 'Choose what to change.',
  }),
  value: z.string(),
});
type Values = z.input<typeof bulkSchema>;

type Props = { selected: AdminPerson[]; onClear: () => void; onDone: (message: string) => void };

/** Appears while people are ticked: one change for all of them, confirmed in words first. */
export function BulkActionBar({ selected, onClear, onDone }: Props) {
  const teams = useTeams();
  const people = usePeopleOptions();
  const change = useBulkChangePeople();
  const [pending, setPending] = useState<BulkPeopleRequest | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(bulkSchema),
    defaultValues: { action: '' as Values['action'], value: '' },
  });
  const action = useWatch({ control: form.control, name: 'action' });
  const teamOptions = (teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }));
  const managerOptions = (people.data?.items ?? [])
    .filter((p) => !selected.some((s) => s.id === p.id))
    .map((p) => ({ value: p.id, label: p.name }));

  const onSubmit = form.handleSubmit(({ action, value }) => {
    if (action === 'SET_ROLE' && !value) {
      form.setError('value', { message: 'Choose the role.' });
      return;
    }
    change.reset();
    setPending({
      personIds: selected.map((p) => p.id),
      action,
      teamId: action === 'SET_TEAM' ? value || null : undefined,
      managerId: action === 'SET_MANAGER' ? value || null : undefined,
      role: action === 'SET_ROLE' ? (value as 'ADMIN' | 'EMPLOYEE') : undefined,
    });
  });

  const confirm = () =>
    pending &&
    change.mutate(pending, {
      onSuccess: (result) => {
        setPending(null);
        form.reset();
        onDone(`${result.changed} changed, ${result.unchanged} already had that.`);
      },
    });

  const valueField =
    action === 'SET_TEAM' ? (
      <SelectField
        label="Team"
        options={teamOptions}
        placeholder="No team"
        {...form.register('value')}
      />
    ) : action === 'SET_MANAGER' ? (
      <SelectField
        label="Manager"
        options={managerOptions}
        placeholder="No manager"
        {...form.register('value')}
      />
    ) : action === 'SET_ROLE' ? (
      <SelectField
        label="Role"
        required
        options={[
          { value: 'EMPLOYEE', label: 'Employee (not admin)' },
          { value: 'ADMIN', label: 'Admin' },
        ]}
        placeholder="Choose…"
        error={form.formState.errors.value?.message}
        {...form.register('value')}
      />
    ) : null;

  return (
    <>
      <form
        className={styles.bulkBar}
        onSubmit={onSubmit}
        aria-label="Change the selected people"
        noValidate
      >
        <span className={styles.bulkCount} role="status">
          {selected.length} selected
        </span>
        <div className={styles.bulkField}>
          <SelectField
            label="Change"
            required
            options={[...ACTIONS]}
            placeholder="Choose…"
            error={form.formState.errors.action?.message}
            {...form.register('action', { onChange: () => form.setValue('value', '') })}
          />
        </div>
        {valueField && <div className={styles.bulkField}>{valueField}</div>}
        <div className="button-row">
          <Button type="submit" variant="primary">
            Apply…
          </Button>
          <Button type="button" variant="ghost" onClick={onClear}>
            Clear selection
          </Button>
        </div>
      </form>
      {pending && (
        <ConfirmDialog
          title={`Change ${selected.length} people?`}
          message={describeBulkChange(pending, selected, teamOptions, managerOptions)}
          confirmLabel={pending.action === 'DEACTIVATE' ? 'Deactivate them' : 'Apply the change'}
          tone={pending.action === 'DEACTIVATE' ? 'danger' : 'primary'}
          busy={change.isPending}
          error={change.isError ? toFormErrors(change.error).detail : null}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
