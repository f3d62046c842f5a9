import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useConfirm } from '@/components/ui/use-confirm';
import {
  useCycle,
  useCycleProgress,
  useCycleTransition,
  type Cycle,
} from '@/features/reviews/api/review-cycles';
import { CalibrationView } from '@/features/reviews/components/calibration-view';
import { RemindNow } from '@/features/reviews/components/remind-now';
import { STATE_LABELS, formatDue } from '@/features/reviews/components/format';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/reviews/components/reviews.module.css';

/** Admin: one cycle's deadlines, progress per state, and calibration. */
export function CycleDetail({ cycleId }: { cycleId: string }) {
  const cycle = useCycle(cycleId);
  if (cycle.isPending) return <LoadingState label="Loading the cycle…" />;
  if (cycle.isError)
    return <ErrorState title="This cycle could not be loaded" error={cycle.error} />;
  return <CycleLoaded cycle={cycle.data} />;
}

function CycleLoaded({ cycle }: { cycle: Cycle }) {
  const transition = useCycleTransition();
  const { confirm, dialog } = useConfirm();
  const d = cycle.deadlines;
  const launching = cycle.state === 'DRAFT';
  const ask = () =>
    confirm({
      title: launching ? `Launch ${cycle.name}?` : `Close ${cycle.name}?`,
      message: launching
        ? 'Everyone in the cycle gets an e-mail and can start their self review. A launched cycle cannot go back to draft.'
        : 'Nobody can write or change answers any more, and reviews not yet shared stay as they are. A closed cycle cannot be reopened.',
      confirmLabel: launching ? 'Launch and e-mail everyone' : 'Close cycle',
      tone: launching ? 'primary' : 'danger',
      onConfirm: () =>
        transition.mutate({
          id: cycle.id,
          version: cycle.version,
          to: launching ? 'launch' : 'close',
        }),
    });
  return (
    <>
      <PageHeader
        breadcrumb={<Link to="/admin/review-cycles">Review cycles</Link>}
        title={cycle.name}
        description={
          <>
            <Badge tone={cycle.state === 'ACTIVE' ? 'accent' : 'muted'}>
              {cycle.state.toLowerCase()}
            </Badge>{' '}
            {cycle.kind === 'THREE_SIXTY' ? '360 review' : 'Appraisal'} · {cycle.template.name} ·{' '}
            {cycle.period.name}
          </>
        }
        actions={
          cycle.state !== 'CLOSED' && (
            <Button
              variant={cycle.state === 'DRAFT' ? 'primary' : 'danger'}
              busy={transition.isPending}
              onClick={ask}
            >
              {cycle.state === 'DRAFT' ? 'Launch cycle' : 'Close cycle'}
            </Button>
          )
        }
      />
      {dialog}
      <FormAlert message={transition.isError ? toFormErrors(transition.error).detail : null} />
      <div className="grid-2">
        <Card title="Deadlines">
          <dl className="details">
            <dt>Self review</dt>
            <dd>{formatDue(d.selfReview)}</dd>
            {d.nominations && (
              <>
                <dt>Peer nominations</dt>
                <dd>{formatDue(d.nominations)}</dd>
                <dt>Peer answers</dt>
                <dd>{formatDue(d.peerAnswers)}</dd>
              </>
            )}
            <dt>Manager review</dt>
            <dd>{formatDue(d.managerReview)}</dd>
            <dt>Sign-off</dt>
            <dd>{formatDue(d.signOff)}</dd>
          </dl>
        </Card>
        {cycle.state !== 'DRAFT' && (
          <ProgressCard cycleId={cycle.id} active={cycle.state === 'ACTIVE'} />
        )}
      </div>
      {cycle.state !== 'DRAFT' && <CalibrationView cycleId={cycle.id} />}
    </>
  );
}

function ProgressCard({ cycleId, active }: { cycleId: string; active: boolean }) {
  const progress = useCycleProgress(cycleId);
  return (
    <Card title="Progress" actions={active && <RemindNow cycleId={cycleId} />}>
      {progress.isPending ? (
        <LoadingState />
      ) : progress.isError ? (
        <p className="muted">Progress could not be loaded.</p>
      ) : (
        <div className={styles.bars} aria-label="Reviews per state">
          {progress.data.states.map((s) => (
            <div key={s.state} className={styles.barRow}>
              <span className="bar-label">{STATE_LABELS[s.state]}</span>
              <span className={styles.barTrack} aria-hidden="true">
                <span
                  className={styles.barFill}
                  style={{ width: `${(s.count / Math.max(1, progress.data.total)) * 100}%` }}
                />
              </span>
              <span className={styles.barCount}>{s.count}</span>
            </div>
          ))}
          <p className="muted small">
            {progress.data.total} reviews · {progress.data.selfReviewsSubmitted} self reviews and{' '}
            {progress.data.managerReviewsSubmitted} manager reviews submitted
          </p>
        </div>
      )}
    </Card>
  );
}
