import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import type { KeyResult, Objective } from '@/features/objectives/api/get-objective';
import { KeyResultCheckInForm } from '@/features/objectives/components/key-result-check-in-form';
import { ProgressBar } from '@/features/objectives/components/progress-bar';
import { formatValue } from '@/features/objectives/utils/format';

function KeyResultItem({ keyResult, canCheckIn }: { keyResult: KeyResult; canCheckIn: boolean }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const kr = keyResult;
  return (
    <li className="kr-item">
      <div className="kr-row">
        <div className="kr-text">
          <h3 className="kr-title">{kr.title}</h3>
          <p className="muted small">
            {kr.kind === 'BOOLEAN' ? (
              formatValue(kr, kr.currentValue)
            ) : (
              <>
                <span className="kr-current">{formatValue(kr, kr.currentValue)}</span> of{' '}
                {formatValue(kr, kr.targetValue)}
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

export function KeyResultList({ objective }: { objective: Objective }) {
  if (objective.keyResults.length === 0)
    return (
      <EmptyState title="No key results">
        {objective.progressSource === 'CHILDREN'
          ? 'Progress rolls up from the aligned objectives below.'
          : 'Progress is set by check-ins on the objective.'}
      </EmptyState>
    );
  return (
    <ul className="kr-list">
      {objective.keyResults.map((kr) => (
        <KeyResultItem key={kr.id} keyResult={kr} canCheckIn={objective.permissions.canCheckIn} />
      ))}
    </ul>
  );
}
