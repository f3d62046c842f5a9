import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { SearchSelectField } from '@/components/ui/search-select-field';
import { useGiveFeedback, useGivePraise } from '@/features/feedback/api/feedback-mutations';
import {
  useFeedbackSettings,
  usePeopleOptions,
} from '@/features/feedback/api/get-feedback-options';
import { VISIBILITY_HINTS, VISIBILITY_LABELS } from '@/features/feedback/components/format';
import {
  composeBody,
  composeLinks,
  giveFeedbackSchema,
  type GiveFeedbackValues,
} from '@/features/feedback/components/give-feedback-schema';
import { GuidanceFields } from '@/features/feedback/components/guidance-fields';
import { LinkFields } from '@/features/feedback/components/link-fields';
import { applyServerErrors } from '@/features/feedback/components/server-errors';
import { ValuesField } from '@/features/feedback/components/values-field';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';

type Props = {
  meId: string;
  /** Public praise through /praise instead of feedback with a chosen visibility. */
  praise?: boolean;
  recipientId?: string;
  onClose: () => void;
};

const FIELDS = [
  'recipientId',
  'body',
  'behaviour',
  'visibility',
  'valueIds',
  'objectiveId',
  'sessionId',
  'cycleId',
] as const;

export function GiveFeedbackDialog({ meId, praise = false, recipientId, onClose }: Props) {
  const people = usePeopleOptions();
  const settings = useFeedbackSettings();
  const giveFeedback = useGiveFeedback();
  const givePraise = useGivePraise();
  const [alert, setAlert] = useState<string | null>(null);
  const allowed = (settings.data?.allowedVisibilities ?? []).filter(
    (v) => praise || v !== 'PUBLIC',
  );
  const form = useForm<GiveFeedbackValues>({
    resolver: zodResolver(giveFeedbackSchema),
    values: {
      recipientId: recipientId ?? '',
      structure: praise ? 'FREE' : 'SBI',
      situation: '',
      behaviour: '',
      impact: '',
      body: '',
      visibility: praise ? 'PUBLIC' : (allowed[0] ?? 'PRIVATE'),
      valueIds: [],
      objectiveId: '',
      sessionId: '',
      cycleId: '',
    },
    resetOptions: { keepDirtyValues: true },
  });
  const { register, handleSubmit, control, formState, setError } = form;
  const [structure, visibility] = useWatch({ control, name: ['structure', 'visibility'] });
  const busy = giveFeedback.isPending || givePraise.isPending;

  const onSubmit = handleSubmit((data) => {
    const common = {
      recipientId: data.recipientId,
      body: composeBody(data),
      valueIds: data.valueIds,
    };
    const links = composeLinks(data);
    const onError = (error: unknown) =>
      setAlert(
        applyServerErrors(error, setError, FIELDS, {
          body: structure === 'SBI' ? 'behaviour' : 'body',
        }),
      );
    setAlert(null);
    if (praise)
      givePraise.mutate(
        { ...common, objectiveId: links.objectiveId },
        { onSuccess: onClose, onError },
      );
    else
      giveFeedback.mutate(
        { ...common, ...links, visibility: data.visibility },
        { onSuccess: onClose, onError },
      );
  });

  const personOptions = (people.data?.items ?? [])
    .filter((p) => p.id !== meId && p.active)
    .map((p) => ({ value: p.id, label: p.name, detail: p.title ?? undefined }));
  const errors = formState.errors;

  return (
    <Dialog title={praise ? 'Give praise' : 'Give feedback'} onClose={onClose} wide>
      <UnsavedChangesGuard when={form.formState.isDirty} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={alert} />
        <Controller
          control={control}
          name="recipientId"
          render={({ field }) => (
            <SearchSelectField
              label={praise ? 'Who do you want to praise?' : 'Who is it for?'}
              required
              loading={people.isPending}
              placeholder="Type a name or title"
              emptyText="No active person matches."
              options={personOptions}
              value={field.value}
              onChange={field.onChange}
              error={errors.recipientId?.message}
            />
          )}
        />
        {!praise && <GuidanceFields form={form} guidance={settings.data?.guidance} />}
        {structure === 'FREE' && (
          <TextAreaField
            label={praise ? 'What did they do?' : 'Your feedback'}
            required
            rows={6}
            hint="Markdown works: **bold**, *italic*, lists and links."
            error={errors.body?.message}
            {...register('body')}
          />
        )}
        {!praise && (
          <SelectField
            label="Who may read it"
            required
            options={allowed.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))}
            hint={VISIBILITY_HINTS[visibility]}
            error={errors.visibility?.message}
            {...register('visibility')}
          />
        )}
        <ValuesField control={control} name="valueIds" error={errors.valueIds?.message} />
        <LinkFields form={form} meId={meId} praise={praise} />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {praise ? 'Post praise' : 'Send feedback'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
