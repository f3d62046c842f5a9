import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type { Objective } from '@/features/objectives/api/get-objective';
import { currentPeriod, usePeriods } from '@/features/objectives/api/get-periods';
import { useReports } from '@/features/objectives/api/get-reports';
import {
  useCreateObjective,
  useUpdateObjective,
} from '@/features/objectives/api/objective-mutations';
import { KeyResultsEditor } from '@/features/objectives/components/key-results-editor';
import {
  objectiveFormSchema,
  type ObjectiveFormValues,
} from '@/features/objectives/components/objective-form-schema';
import { ParentPicker } from '@/features/objectives/components/parent-picker';
import { LEVEL_LABELS } from '@/features/objectives/utils/format';
import { useAuth } from '@/lib/auth';
import { isApiError } from '@/lib/problem';
import { useForm } from '@/lib/use-form';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';

type Props = {
  /** Edit this objective; without it the dialog creates a draft. */
  objective?: Objective;
  onClose: () => void;
  onSaved: (id: string, title: string) => void;
  /** Reload the objective after someone else changed it (edit mode). */
  onReload?: () => void;
};

function initialValues(objective: Objective | undefined, ownerId: string): ObjectiveFormValues {
  return {
    title: objective?.title ?? '',
    description: objective?.description ?? '',
    level: objective?.level ?? 'INDIVIDUAL',
    periodId: objective?.period.id ?? '',
    ownerId: objective?.owner.id ?? ownerId,
    parent: objective?.parent ? { id: objective.parent.id, title: objective.parent.name } : null,
    weight: objective ? String(objective.weight) : '',
    visibility: objective?.visibility ?? 'ORGANIZATION',
    startDate: objective?.startDate ?? '',
    dueDate: objective?.dueDate ?? '',
    keyResults: [],
  };
}

/** Create (with key results) or edit an objective. Edits send the loaded version. */
export function ObjectiveFormDialog({ objective, onClose, onSaved, onReload }: Props) {
  const { person, isAdmin } = useAuth();
  const me = person!;
  const editing = Boolean(objective);
  const form = useForm(objectiveFormSchema, initialValues(objective, me.id));
  const { values, setField, errors } = form;
  const { guard, allowLeaving } = useUnsavedChangesGuard(form.isDirty);
  const periods = usePeriods();
  const reports = useReports(me.id, me.reportCount > 0);
  const create = useCreateObjective();
  const update = useUpdateObjective(objective?.id ?? '');
  const conflict = update.isError && isApiError(update.error) && update.error.status === 409;

  const periodId = values.periodId || currentPeriod(periods.data ?? [])?.id || '';
  const periodOptions = (periods.data ?? []).map((p) => ({
    value: p.id,
    label: p.current ? `${p.name} (current)` : p.name,
  }));
  const ownerOptions = [
    { value: me.id, label: `${me.name} (me)` },
    ...(reports.data ?? []).map((r) => ({ value: r.id, label: r.name })),
  ];
  if (objective && !ownerOptions.some((o) => o.value === objective.owner.id))
    ownerOptions.push({ value: objective.owner.id, label: objective.owner.name });
  const levels = (['INDIVIDUAL', 'TEAM', 'COMPANY'] as const)
    .filter((level) => level !== 'COMPANY' || isAdmin || objective?.level === 'COMPANY')
    .map((level) => ({ value: level, label: LEVEL_LABELS[level] }));

  /**
   * The API replaces the whole objective, team included: keep the objective's team while its
   * owner stays, else take the (new) owner's team.
   */
  const teamOf = (ownerId: string): string | undefined => {
    if (objective && objective.owner.id === ownerId) return objective.team?.id;
    if (ownerId === me.id) return me.team?.id;
    return reports.data?.find((r) => r.id === ownerId)?.team?.id;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    const body = { ...parsed, periodId, teamId: teamOf(parsed.ownerId ?? me.id) };
    if (objective) {
      // Key results change through their own endpoints, not with the objective.
      const fields: Omit<typeof body, 'keyResults'> & { keyResults?: undefined } = {
        ...body,
        keyResults: undefined,
      };
      update.mutate(
        { ...fields, version: objective.version },
        {
          onSuccess: () => {
            allowLeaving();
            onSaved(objective.id, body.title);
          },
          onError: form.showServerError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (id) => {
          allowLeaving();
          onSaved(id, body.title);
        },
        onError: form.showServerError,
      });
    }
  };

  return (
    <Dialog title={editing ? 'Edit objective' : 'New objective'} onClose={onClose} wide>
      {guard}
      <form className="form" onSubmit={onSubmit} noValidate>
        {conflict ? (
          <div className="alert alert-error" role="alert">
            <p>
              Someone changed this objective after you opened it. Reload it to see their changes,
              then edit again.
            </p>
            <Button
              size="sm"
              onClick={() => {
                update.reset();
                onReload?.();
              }}
            >
              Reload objective
            </Button>
          </div>
        ) : (
          <FormAlert message={errors.detail} />
        )}
        <TextField
          label="Title"
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => setField('title', e.target.value)}
          error={errors.fieldErrors.title}
        />
        <TextAreaField
          label="Description"
          value={values.description}
          onChange={(e) => setField('description', e.target.value)}
          error={errors.fieldErrors.description}
        />
        <div className="form-row">
          <SelectField
            label="Level"
            required
            options={levels}
            value={values.level}
            onChange={(e) => setField('level', e.target.value as ObjectiveFormValues['level'])}
            error={errors.fieldErrors.level}
          />
          <SelectField
            label="Period"
            required
            options={periodOptions}
            value={periodId}
            onChange={(e) => setField('periodId', e.target.value)}
            error={errors.fieldErrors.periodId}
          />
        </div>
        <div className="form-row">
          <SelectField
            label="Owner"
            required
            options={ownerOptions}
            value={values.ownerId}
            onChange={(e) => setField('ownerId', e.target.value)}
            error={errors.fieldErrors.ownerId}
          />
          <SelectField
            label="Visibility"
            required
            options={[
              { value: 'ORGANIZATION', label: 'Everyone in the organization' },
              { value: 'PRIVATE', label: 'Private (owner, managers, admins)' },
            ]}
            value={values.visibility}
            onChange={(e) =>
              setField('visibility', e.target.value as ObjectiveFormValues['visibility'])
            }
            error={errors.fieldErrors.visibility}
          />
        </div>
        {values.level !== 'COMPANY' && (
          <div className="form-row form-row-wide">
            <ParentPicker
              value={values.parent}
              onChange={(parent) => setField('parent', parent)}
              periodId={periodId}
              excludeId={objective?.id}
              hiddenParent={!!objective?.alignment.hiddenAncestor && !objective.parent}
              error={errors.fieldErrors.parentId}
            />
            <TextField
              label="Weight"
              type="number"
              min={0}
              step="any"
              placeholder="1"
              hint="Its share in the parent's progress."
              value={values.weight}
              onChange={(e) => setField('weight', e.target.value)}
              error={errors.fieldErrors.weight}
            />
          </div>
        )}
        <div className="form-row">
          <TextField
            label="Start date"
            type="date"
            value={values.startDate}
            onChange={(e) => setField('startDate', e.target.value)}
            error={errors.fieldErrors.startDate}
          />
          <TextField
            label="Due date"
            type="date"
            value={values.dueDate}
            onChange={(e) => setField('dueDate', e.target.value)}
            error={errors.fieldErrors.dueDate}
          />
        </div>
        {editing ? (
          <p className="muted small">Key results are changed on the objective page.</p>
        ) : (
          <KeyResultsEditor
            title="Key results"
            value={values.keyResults}
            onChange={(keyResults) => setField('keyResults', keyResults)}
            errors={errors.fieldErrors}
          />
        )}
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={create.isPending || update.isPending}>
            {editing ? 'Save changes' : 'Create draft'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
