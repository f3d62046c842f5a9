import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { useAddKeyResult } from '@/features/objectives/api/key-result-mutations';
import { KeyResultsEditor } from '@/features/objectives/components/key-results-editor';
import {
  keyResultsFormSchema,
  newKeyResultDraft,
} from '@/features/objectives/components/objective-form-schema';
import { ApiError, isApiError } from '@/lib/problem';
import { useForm } from '@/lib/use-form';

type Props = { objectiveId: string; onClose: () => void; onDone: (count: number) => void };

/** Add one or more key results to an existing objective. */
export function AddKeyResultsDialog({ objectiveId, onClose, onDone }: Props) {
  const form = useForm(keyResultsFormSchema, { keyResults: [newKeyResultDraft()] });
  const add = useAddKeyResult(objectiveId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const requests = form.validate();
    if (!requests) return;
    for (const [index, request] of requests.entries()) {
      try {
        await add.mutateAsync(request);
      } catch (error) {
        // Keep the rows not saved yet (the failing one first) with its errors under it.
        const problem = isApiError(error)
          ? new ApiError(error.status, {
              ...error.problem,
              errors: error.problem.errors?.map((e) => ({
                ...e,
                field: `keyResults[0].${e.field}`,
              })),
            })
          : error;
        form.showServerError(problem);
        form.setField('keyResults', form.values.keyResults.slice(index));
        return;
      }
    }
    onDone(requests.length);
  };

  return (
    <Dialog title="Add key results" onClose={onClose} wide>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={form.errors.detail} />
        <KeyResultsEditor
          value={form.values.keyResults}
          onChange={(keyResults) => form.setField('keyResults', keyResults)}
          errors={form.errors.fieldErrors}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={add.isPending}>
            Save key results
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
