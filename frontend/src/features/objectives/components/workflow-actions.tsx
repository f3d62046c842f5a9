import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { Objective } from '@/features/objectives/api/get-objective';
import { useWorkflow, type WorkflowAction } from '@/features/objectives/api/objective-mutations';
import { ReturnDialog } from '@/features/objectives/components/return-dialog';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/objectives/components/objective-detail.module.css';

type Confirmable = 'complete' | 'cancel' | 'archive' | 'reopen' | 'unarchive';

const CONFIRM: Record<
  Confirmable,
  { title: string; message: string; label: string; done: string }
> = {
  complete: {
    title: 'Mark this objective completed?',
    message: 'No more check-ins can be made once it is completed.',
    label: 'Complete objective',
    done: 'The objective is completed.',
  },
  cancel: {
    title: 'Cancel this objective?',
    message: 'It stops counting towards its parent. Its history stays.',
    label: 'Cancel objective',
    done: 'The objective is cancelled.',
  },
  archive: {
    title: 'Archive this objective?',
    message: 'It leaves the lists. Its history stays.',
    label: 'Archive objective',
    done: 'The objective is archived.',
  },
  reopen: {
    title: 'Reopen this objective?',
    message: 'It becomes active again and takes check-ins. Its history stays.',
    label: 'Reopen objective',
    done: 'The objective is active again.',
  },
  unarchive: {
    title: 'Unarchive this objective?',
    message: 'It goes back to the status it had before it was archived, and back into the lists.',
    label: 'Unarchive objective',
    done: 'The objective is back from the archive.',
  },
};

const POSITIVE: Confirmable[] = ['complete', 'reopen', 'unarchive'];

type Props = {
  objective: Pick<Objective, 'id' | 'title' | 'permissions' | 'version'>;
  onEdit?: () => void;
  onCascade?: () => void;
};

/** The buttons the caller's permissions allow, in workflow order. */
export function WorkflowActions({ objective, onEdit, onCascade }: Props) {
  const { permissions: can } = objective;
  const workflow = useWorkflow();
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const [returning, setReturning] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const run = (action: WorkflowAction, done: string) => {
    setNotice(null);
    workflow.mutate(
      { id: objective.id, action, version: objective.version },
      {
        onSuccess: () => {
          setConfirming(null);
          setNotice(done);
        },
      },
    );
  };
  const error = workflow.isError ? toFormErrors(workflow.error).detail : null;
  const busy = (action: WorkflowAction) =>
    workflow.isPending && workflow.variables?.action === action;

  return (
    <div className={styles.workflow}>
      <div className="button-row" role="group" aria-label="Objective actions">
        {can.canPropose && (
          <Button
            variant="primary"
            busy={busy('propose')}
            onClick={() => run('propose', 'Proposed to your manager.')}
          >
            Propose
          </Button>
        )}
        {can.canApprove && (
          <Button
            variant="primary"
            busy={busy('approve')}
            onClick={() => run('approve', 'Agreed: the objective is active.')}
          >
            Agree
          </Button>
        )}
        {can.canReturn && <Button onClick={() => setReturning(true)}>Return…</Button>}
        {can.canEdit && onEdit && <Button onClick={onEdit}>Edit</Button>}
        {can.canCascade && onCascade && <Button onClick={onCascade}>Cascade to reports…</Button>}
        {can.canComplete && <Button onClick={() => setConfirming('complete')}>Complete…</Button>}
        {can.canCancel && (
          <Button variant="ghost" onClick={() => setConfirming('cancel')}>
            Cancel objective…
          </Button>
        )}
        {can.canArchive && (
          <Button variant="ghost" onClick={() => setConfirming('archive')}>
            Archive…
          </Button>
        )}
        {can.canReopen && <Button onClick={() => setConfirming('reopen')}>Reopen…</Button>}
        {can.canUnarchive && <Button onClick={() => setConfirming('unarchive')}>Unarchive…</Button>}
      </div>
      {!confirming && <FormAlert message={error} />}
      <FormAlert tone="info" message={notice} />
      {confirming && (
        <ConfirmDialog
          title={CONFIRM[confirming].title}
          message={CONFIRM[confirming].message}
          confirmLabel={CONFIRM[confirming].label}
          tone={POSITIVE.includes(confirming) ? 'primary' : 'danger'}
          busy={workflow.isPending}
          error={error}
          onCancel={() => {
            workflow.reset();
            setConfirming(null);
          }}
          onConfirm={() => run(confirming, CONFIRM[confirming].done)}
        />
      )}
      {returning && (
        <ReturnDialog
          objective={objective}
          onClose={() => setReturning(false)}
          onDone={() => {
            setReturning(false);
            setNotice('Returned to the owner with your comment.');
          }}
        />
      )}
    </div>
  );
}
