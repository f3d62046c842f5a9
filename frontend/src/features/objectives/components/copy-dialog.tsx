import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxGroup } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useObjectives } from '@/features/objectives/api/get-objectives';
import type { Period } from '@/features/objectives/api/get-periods';
import { useCopyObjectives } from '@/features/objectives/api/objective-mutations';
import { STATUS_LABELS } from '@/features/objectives/utils/format';
import { useAuth } from '@/lib/auth';
import { toFormErrors } from '@/lib/problem';

type Props = {
  from: Period;
  to: Period;
  onClose: () => void;
  onDone: (count: number) => void;
};

/** Copy the manager's and the reports' objectives of the previous period into the current one. */
export function CopyDialog({ from, to, onClose, onDone }: Props) {
  const { person } = useAuth();
  const query = { periodId: from.id, size: 200, sort: 'title' } as const;
  const mine = useObjectives({ ...query, ownerId: person!.id });
  const reports = useObjectives({ ...query, reportsOf: person!.id });
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const copy = useCopyObjectives();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setError('Choose at least one objective to copy.');
      return;
    }
    setError(null);
    copy.mutate(
      { objectiveIds: chosen, periodId: to.id },
      {
        onSuccess: () => onDone(chosen.length),
        onError: (e) => setError(toFormErrors(e).detail),
      },
    );
  };

  const items = [...(mine.data?.items ?? []), ...(reports.data?.items ?? [])];
  return (
    <Dialog title={`Copy from ${from.name}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p className="muted">
          The copies are drafts in {to.name}, with their key results reset to the start.
        </p>
        <FormAlert message={error} />
        {mine.isPending || reports.isPending ? (
          <LoadingState label={`Loading ${from.name}…`} />
        ) : mine.isError || reports.isError ? (
          <ErrorState
            error={mine.error ?? reports.error}
            onRetry={() => {
              void mine.refetch();
              void reports.refetch();
            }}
          />
        ) : items.length === 0 ? (
          <EmptyState title={`No objectives in ${from.name}`} />
        ) : (
          <CheckboxGroup
            vertical
            legend="Objectives to copy"
            name="objectiveIds"
            options={items.map((o) => ({
              value: o.id,
              label: `${o.title} — ${o.owner.name} (${STATUS_LABELS[o.status].toLowerCase()})`,
            }))}
            value={chosen}
            onChange={setChosen}
          />
        )}
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={copy.isPending}>
            Copy to {to.name}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
