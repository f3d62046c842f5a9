import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useMe } from '@/features/sessions/api/get-me';
import { useSessions, type SessionsQuery } from '@/features/sessions/api/get-sessions';
import { AgendaTemplatesCard } from '@/features/sessions/components/agenda-templates-card';
import { CalendarFeedCard } from '@/features/sessions/components/calendar-feed-card';
import { ReportsCadence } from '@/features/sessions/components/reports-cadence';
import { ScheduleSessionDialog } from '@/features/sessions/components/schedule-session-dialog';
import { SessionList } from '@/features/sessions/components/session-list';
import styles from '@/features/sessions/components/sessions.module.css';

function SessionsCard({
  title,
  query,
  meId,
  empty,
}: {
  title: string;
  query: SessionsQuery;
  meId: string;
  empty: string;
}) {
  const sessions = useSessions(query);
  return (
    <Card title={title}>
      {sessions.isPending ? (
        <LoadingState label="Loading sessions…" />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <SessionList sessions={sessions.data.items} meId={meId} />
      )}
    </Card>
  );
}

export function SessionsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [scheduling, setScheduling] = useState<{ withId?: string } | null>(null);
  // one "now" per page visit keeps the two lists' query keys stable
  const [now] = useState(() => new Date().toISOString());

  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  const meId = me.data.id;
  const participant = me.data.roles.includes('ADMIN') ? { participantId: meId } : {};

  return (
    <>
      <PageHeader
        title="1:1s"
        description="Prepare together, keep notes and actions, and never lose the thread."
        actions={
          <Button variant="primary" onClick={() => setScheduling({})}>
            Schedule 1:1
          </Button>
        }
      />
      <div className={styles.layout}>
        <div className="stack">
          {me.data.reportCount > 0 && (
            <Card title="Your reports">
              <ErrorBoundary title="Your reports could not be shown">
                <ReportsCadence
                  managerId={meId}
                  onSchedule={(withId) => setScheduling({ withId })}
                />
              </ErrorBoundary>
            </Card>
          )}
          <SessionsCard
            title="Upcoming"
            meId={meId}
            empty="Nothing scheduled"
            query={{ ...participant, status: ['SCHEDULED'], sort: 'startsAt', size: 50 }}
          />
          <SessionsCard
            title="Past"
            meId={meId}
            empty="No past sessions yet"
            query={{ ...participant, to: now, sort: '-startsAt', size: 50 }}
          />
        </div>
        <div className="stack">
          <CalendarFeedCard />
          <ErrorBoundary title="Agenda templates could not be shown">
            <AgendaTemplatesCard isAdmin={me.data.roles.includes('ADMIN')} />
          </ErrorBoundary>
        </div>
      </div>
      {scheduling && (
        <ScheduleSessionDialog
          meId={meId}
          withId={scheduling.withId}
          onClose={() => setScheduling(null)}
          onScheduled={(id) => navigate(`/one-on-ones/${id}`)}
        />
      )}
    </>
  );
}
