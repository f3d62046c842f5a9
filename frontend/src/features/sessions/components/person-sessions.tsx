import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useMe } from '@/features/sessions/api/get-me';
import { useSessions } from '@/features/sessions/api/get-sessions';
import { SessionList } from '@/features/sessions/components/session-list';
import styles from '@/features/sessions/components/sessions.module.css';

/** On a person's page: the 1:1 history between the viewer and that person. */
export function PersonSessions({ personId }: { personId: string }) {
  const me = useMe();
  if (!me.data || me.data.id === personId) return null;
  return <SessionsTogether personId={personId} meId={me.data.id} />;
}

function SessionsTogether({ personId, meId }: { personId: string; meId: string }) {
  const sessions = useSessions({ participantId: personId, sort: '-startsAt', size: 50 });
  const together = sessions.data?.items.filter((s) => s.participants.some((p) => p.id === meId));
  return (
    <Card title="Your 1:1s together" className={styles.sectionGap}>
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : !together || together.length === 0 ? (
        <EmptyState title="No 1:1s together yet" />
      ) : (
        <SessionList sessions={together} meId={meId} />
      )}
    </Card>
  );
}
