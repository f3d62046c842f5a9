import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Button } from '@/components/ui/button';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useMe } from '@/features/sessions/api/get-me';
import { useSession } from '@/features/sessions/api/get-session';
import { useCompleteSession } from '@/features/sessions/api/session-mutations';
import { ActionItemsPanel } from '@/features/sessions/components/action-items-panel';
import { AgendaPanel } from '@/features/sessions/components/agenda-panel';
import {
  CancelDialog,
  RescheduleDialog,
} from '@/features/sessions/components/change-session-dialogs';
import { formatWhen, sessionTitle } from '@/features/sessions/components/format';
import { PrivateNotesPanel, SharedNotesPanel } from '@/features/sessions/components/notes-panels';
import { ObjectivesPanel } from '@/features/sessions/components/objectives-panel';
import { StatusBadges } from '@/features/sessions/components/session-list';
import { formatDateTime } from '@/lib/format-date';
import { isApiError, toFormErrors } from '@/lib/problem';
import { useNow } from '@/lib/use-now';
import styles from '@/features/sessions/components/sessions.module.css';

export function SessionDetail({ sessionId }: { sessionId: string }) {
  const session = useSession(sessionId);
  const me = useMe();
  const complete = useCompleteSession(sessionId);
  const [changing, setChanging] = useState<'reschedule' | 'cancel' | null>(null);
  const startsAt = session.data ? Date.parse(session.data.startsAt) : undefined;
  const now = useNow(60_000, startsAt);
  const back = <Link to="/one-on-ones">← 1:1s</Link>;

  if (session.isPending || me.isPending) return <LoadingState label="Loading the session…" />;
  if (session.isError) {
    const notFound = isApiError(session.error) && session.error.status === 404;
    return (
      <>
        <PageHeader
          title={notFound ? 'Session not found' : 'Session unavailable'}
          breadcrumb={back}
        />
        {notFound ? (
          <EmptyState title="We could not find this session">
            Only its participants can open a session.
          </EmptyState>
        ) : (
          <ErrorState error={session.error} onRetry={() => session.refetch()} />
        )}
      </>
    );
  }

  const s = session.data;
  const editable = s.permissions.canEdit;
  const notStarted = startsAt !== undefined && now < startsAt;
  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={sessionTitle(s, me.data?.id)}
        description={
          <>
            {formatWhen(s.startsAt)} · {s.durationMinutes} min ·{' '}
            {s.participants.map((p) => p.name).join(' & ')} <StatusBadges session={s} />
          </>
        }
        actions={
          <>
            {s.permissions.canReschedule && (
              <Button onClick={() => setChanging('reschedule')}>Reschedule</Button>
            )}
            {s.permissions.canCancel && (
              <Button variant="ghost" onClick={() => setChanging('cancel')}>
                Cancel…
              </Button>
            )}
            {s.permissions.canComplete && (
              <Button
                variant="primary"
                busy={complete.isPending}
                disabled={notStarted}
                aria-describedby={notStarted ? 'complete-reason' : undefined}
                onClick={() => complete.mutate(s.version)}
              >
                Complete 1:1
              </Button>
            )}
          </>
        }
      />
      {s.permissions.canComplete && notStarted && (
        <p id="complete-reason" className="muted small">
          It can be completed once it starts ({formatDateTime(s.startsAt, { withZone: true })}).
        </p>
      )}
      <FormAlert message={complete.error ? toFormErrors(complete.error).detail : null} />
      {changing === 'reschedule' && (
        <RescheduleDialog session={s} onClose={() => setChanging(null)} />
      )}
      {changing === 'cancel' && <CancelDialog session={s} onClose={() => setChanging(null)} />}
      {s.readOnlyReason && (
        <div className="alert alert-info" role="note">
          Read-only: {s.readOnlyReason}
        </div>
      )}
      <nav className={styles.nav} aria-label="Occurrences">
        {s.previousId && <Link to={`/one-on-ones/${s.previousId}`}>← Previous occurrence</Link>}
        {s.nextId && <Link to={`/one-on-ones/${s.nextId}`}>Next occurrence →</Link>}
      </nav>
      {!s.contentVisible ? (
        <EmptyState title="Only the participants see this session's content">
          As an admin you see that it happened: when, who and its status.
        </EmptyState>
      ) : (
        <div className={styles.layout}>
          <div className="stack">
            <ErrorBoundary title="The agenda could not be shown">
              <AgendaPanel sessionId={s.id} items={s.agendaItems} editable={editable} />
            </ErrorBoundary>
            <ErrorBoundary title="The notes could not be shown">
              <SharedNotesPanel session={s} editable={editable} />
            </ErrorBoundary>
            <ErrorBoundary title="The action items could not be shown">
              <ActionItemsPanel session={s} editable={editable} />
            </ErrorBoundary>
          </div>
          <div className="stack">
            <ErrorBoundary title="Your private notes could not be shown">
              <PrivateNotesPanel sessionId={s.id} editable={editable} />
            </ErrorBoundary>
            <ObjectivesPanel session={s} editable={editable} />
          </div>
        </div>
      )}
    </>
  );
}
