import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useObjectives } from '@/features/objectives/api/get-objectives';
import { useReports } from '@/features/objectives/api/get-reports';
import { useCascadeObjective } from '@/features/objectives/api/objective-mutations';
import { useAuth } from '@/lib/auth';
import { useForm } from '@/lib/use-form';

const schema = z.object({
  sourceId: z.string().min(1, 'Choose the objective to cascade.'),
  ownerIds: z.array(z.string()).min(1, 'Choose at least one report.'),
  title: z.string().trim().max(200, 'Use at most 200 characters.'),
});

type Props = {
  /** The objective to cascade; without it the dialog lets the manager pick one of theirs. */
  objective?: { id: string; title: string };
  onClose: () => void;
  onDone: (count: number) => void;
};

/** Create one aligned draft per chosen report from one of the manager's objectives. */
export function CascadeDialog({ objective, onClose, onDone }: Props) {
  const { person } = useAuth();
  const reports = useReports(person!.id);
  const form = useForm(schema, {
    sourceId: objective?.id ?? '',
    ownerIds: [] as string[],
    title: '',
  });
  const sources = useObjectives(
    { ownerId: person!.id, status: ['ACTIVE', 'DRAFT'], size: 200, sort: 'title' },
    { enabled: !objective },
  );
  const sourceTitle =
    objective?.title ?? sources.data?.items.find((o) => o.id === form.values.sourceId)?.title;
  const cascade = useCascadeObjective();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    cascade.mutate(
      {
        id: parsed.sourceId,
        body: { ownerIds: parsed.ownerIds, title: parsed.title || undefined },
      },
      { onSuccess: () => onDone(parsed.ownerIds.length), onError: form.showServerError },
    );
  };

  return (
    <Dialog
      title={objective ? `Cascade "${objective.title}"` : 'Cascade to reports'}
      onClose={onClose}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <p className="muted">
          Each report you choose gets a draft aligned to this objective, to adapt and propose back.
        </p>
        <FormAlert message={form.errors.detail} />
        {!objective && (
          <SelectField
            label="Objective to cascade"
            required
            placeholder={
              sources.isPending ? 'Loading your objectives…' : 'Choose one of your objectives'
            }
            options={(sources.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.title} (${o.period.name})`,
            }))}
            value={form.values.sourceId}
            onChange={(e) => form.setField('sourceId', e.target.value)}
            error={form.errors.fieldErrors.sourceId}
          />
        )}
        {reports.isPending ? (
          <LoadingState label="Loading your reports…" />
        ) : reports.isError ? (
          <ErrorState error={reports.error} onRetry={() => reports.refetch()} />
        ) : (
          <CheckboxGroup
            vertical
            legend="Reports"
            name="ownerIds"
            options={reports.data.map((r) => ({ value: r.id, label: r.name }))}
            value={form.values.ownerIds}
            onChange={(ownerIds) => form.setField('ownerIds', ownerIds)}
            error={form.errors.fieldErrors.ownerIds}
          />
        )}
        <TextField
          label="Title of the new objectives"
          maxLength={200}
          placeholder={sourceTitle}
          hint="Leave empty to use the same title."
          value={form.values.title}
          onChange={(e) => form.setField('title', e.target.value)}
          error={form.errors.fieldErrors.title}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={cascade.isPending}>
            Create drafts
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
