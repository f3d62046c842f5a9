import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ObjectiveSummary } from '@/features/objectives/api/get-objectives';
import { useWorkflow } from '@/features/objectives/api/objective-mutations';
import { ReturnDialog } from '@/features/objectives/components/return-dialog';
import { toFormErrors } from '@/lib/problem';

/** Agree or return a report's proposed draft, right from the team list. */
export function PendingDraftActions({
  objective,
  onDone,
}: {
  objective: ObjectiveSummary;
  onDone: (message: string) => void;
}) {
  const workflow = useWorkflow();
  const [returning, setReturning] = useState(false);
  return (
    <>
      <Button
        size="sm"
        variant="primary"
        busy={workflow.isPending}
        aria-label={`Agree ${objective.title}`}
        onClick={() =>
          // mutateAsync: the row leaves the list (and unmounts) once the lists refresh.
          workflow
            .mutateAsync({ id: objective.id, action: 'approve', version: objective.version })
            .then(() => onDone(`${objective.title} is agreed and active.`))
            .catch(() => undefined)
        }
      >
        Agree
      </Button>
      <Button size="sm" aria-label={`Return ${objective.title}`} onClick={() => setReturning(true)}>
        Return…
      </Button>
      {workflow.isError && (
        <p className="field-error" role="alert">
          {toFormErrors(workflow.error).detail}
        </p>
      )}
      {returning && (
        <ReturnDialog
          objective={objective}
          onClose={() => setReturning(false)}
          onDone={() => {
            setReturning(false);
            onDone(`${objective.title} was returned to ${objective.owner.name}.`);
          }}
        />
      )}
    </>
  );
}
