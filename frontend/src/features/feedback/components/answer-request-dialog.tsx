import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useAnswerRequest } from '@/features/feedback/api/feedback-mutations';
import type { FeedbackRequestItem } from '@/features/feedback/api/get-feedback-requests';
import { useFeedbackSettings } from '@/features/feedback/api/get-feedback-options';
import { VISIBILITY_HINTS, VISIBILITY_LABELS } from '@/features/feedback/components/format';
import { applyServerErrors } from '@/features/feedback/components/server-errors';
import { ValuesField } from '@/features/feedback/components/values-field';

const schema = z.object({
  body: z.string().trim().min(1, 'Write your answer.').max(5000, 'Keep it under 5000 characters.'),
  visibility: z.enum(['PRIVATE', 'MANAGERS']),
  valueIds: z.array(z.string()).max(5, 'Choose at most 5 values.'),
});
type Values = z.input<typeof schema>;
const FIELDS = ['body', 'visibility', 'valueIds'] as const;

/** Answer a request: feedback about its subject that the person who asked always reads. */
export function AnswerRequestDialog({
  request,
  onClose,
}: {
  request: FeedbackRequestItem;
  onClose: () => void;
}) {
  const settings = useFeedbackSettings();
  const answer = useAnswerRequest(request.id);
  const [alert, setAlert] = useState<string | null>(null);
  const allowed = (settings.data?.allowedVisibilities ?? ['PRIVATE']).filter(
    (v) => v !== 'PUBLIC',
  ) as Values['visibility'][];
  const { register, handleSubmit, control, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    values: { body: '', visibility: allowed[0] ?? 'PRIVATE', valueIds: [] },
    resetOptions: { keepDirtyValues: true },
  });
  const visibility = useWatch({ control, name: 'visibility' });
  const errors = formState.errors;
  const asker = request.requester.name;
  const about = request.subject.id === request.requester.id ? asker : request.subject.name;

  const onSubmit = handleSubmit((data) => {
    setAlert(null);
    answer.mutate(data, {
      onSuccess: onClose,
      onError: (error) => setAlert(applyServerErrors(error, setError, FIELDS)),
    });
  });

  return (
    <Dialog title={`Feedback about ${about}`} onClose={onClose} wide>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={alert} />
        <p className="muted">
          {asker} asks: “{request.prompt}”
        </p>
        <TextAreaField
          label="Your answer"
          required
          rows={6}
          hint="Be specific: the situation, what they did, and the impact it had. Markdown works."
          error={errors.body?.message}
          {...register('body')}
        />
        <SelectField
          label="Who may read it"
          required
          options={allowed.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))}
          hint={`${VISIBILITY_HINTS[visibility]} ${asker} always reads your answer.`}
          error={errors.visibility?.message}
          {...register('visibility')}
        />
        <ValuesField control={control} name="valueIds" error={errors.valueIds?.message} />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={answer.isPending}>
            Send answer
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
