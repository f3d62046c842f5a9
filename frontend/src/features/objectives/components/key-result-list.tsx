import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { KeyResult, Objective } from '@/features/objectives/api/get-objective';
import { useDeleteKeyResult } from '@/features/objectives/api/key-result-mutations';
import { AddKeyResultsDialog } from '@/features/objectives/components/add-key-results-dialog';
import { KeyResultCheckInForm } from '@/features/objectives/components/key-result-check-in-form';
import { ProgressBar } from '@/features/objectives/components/progress-bar';
import { formatValue } from '@/features/objectives/utils/format';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/objectives/components/key-results.module.css';

type ItemProps = {
  keyResult: KeyResult;
  canCheckIn: boolean;
  onRemove?: () => void;
};

function KeyResultItem({ keyResult, canCheckIn, onRemove }: ItemProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const kr = keyResult;
  return (
    <li className={styles.item}>
      <div className={styles.row}>
        <div className={styles.text}>
          <h3 className={styles.title}>{kr.title}</h3>
          <p className="muted small">
            {kr.kind === 'BOOLEAN' ? (
              formatValue(kr, kr.currentValue)
            ) : (
              <>
                <span>{formatValue(kr, kr.currentValue)}</span> of {formatValue(kr, kr.targetValue)}
                {kr.startValue !== 0 && <> (started at {formatValue(kr, kr.startValue)})</>}
              </>
            )}
            {saved && <span role="status"> · Check-in saved</span>}
          </p>
        </div>
        <ProgressBar value={kr.progress} label={`Progress of ${kr.title}`} />
        {canCheckIn && !open && (
          <Button
            size="sm"
            aria-label={`Check in on ${kr.title}`}
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            Check in
          </Button>
        )}
        {onRemove && (
          <Button size="sm" variant="ghost" aria-label={`Remove ${kr.title}`} onClick={onRemove}>
            Remove
          </Button>
        )}
      </div>
      {open && (
        <KeyResultCheckInForm
          keyResult={kr}
          onCancel={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            setSaved(true);
          }}
        />
      )}
    </li>
  );
}

/** The key results with inline check-ins; owners and managers may add and remove them. */
export function KeyResultList({ objective }: { objective: Objective }) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<KeyResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useDeleteKeyResult();
  const canEdit = objective.permissions.canEdit;
  return (
    <>
      <FormAlert tone="info" message={notice} />
      {objective.keyResults.length === 0 ? (
        <p className="muted">
          No key results.{' '}
          {objective.progressSource === 'CHILDREN'
            ? 'Progress rolls up from the aligned objectives.'
            : 'Progress is set by check-ins on the objective.'}
        </p>
      ) : (
        <ul className={styles.list}>
          {objective.keyResults.map((kr) => (
            <KeyResultItem
              key={kr.id}
              keyResult={kr}
              canCheckIn={objective.permissions.canCheckIn}
              onRemove={
                canEdit
                  ? () => {
                      remove.reset();
                      setRemoving(kr);
                    }
                  : undefined
              }
            />
          ))}
        </ul>
      )}
      {canEdit && (
        <div className={`button-row ${styles.actions}`}>
          <Button size="sm" onClick={() => setAdding(true)}>
            Add key results
          </Button>
        </div>
      )}
      {adding && (
        <AddKeyResultsDialog
          objectiveId={objective.id}
          onClose={() => setAdding(false)}
          onDone={(count) => {
            setAdding(false);
            setNotice(
              count === 1 ? 'The key result was added.' : `${count} key results were added.`,
            );
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove "${removing.title}"?`}
          message="Its check-ins stay in the history; the objective's progress is recalculated."
          confirmLabel="Remove key result"
          busy={remove.isPending}
          error={remove.isError ? toFormErrors(remove.error).detail : null}
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                setNotice(`${removing.title} was removed.`);
                setRemoving(null);
              },
            })
          }
        />
      )}
    </>
  );
}
