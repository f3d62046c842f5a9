import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useMe } from '@/features/sessions/api/get-me';
import { useMyOpenActions } from '@/features/sessions/api/get-my-actions';
import { useSessions } from '@/features/sessions/api/get-sessions';
import { SessionList } from '@/features/sessions/components/session-list';
import { formatDate } from '@/lib/format-date';
import styles from '@/features/sessions/components/sessions.module.css';

/** Home: the caller's next 1:1s and their open action items. */
export function HomeSessions() {
  const me = useMe();
  if (!me.data) return null;
  return <NextSessionsAndActions meId={me.data.id} isAdmin={me.data.roles.includes('ADMIN')} />;
}

function NextSessionsAndActions({ meId, isAdmin }: { meId: string; isAdmin: boolean }) {
  const next = useSessions({
    ...(isAdmin ? { participantId: meId } : {}),
    status: ['SCHEDULED'],
    sort: 'startsAt',
    size: 5,
  });
  const actions = useMyOpenActions();
  return (
    <div className={`grid-2 ${styles.sectionGap}`}>
      <Card title="Next 1:1s" actions={<Link to="/one-on-ones">All 1:1s</Link>}>
        {next.isPending ? (
          <LoadingState />
        ) : next.isError ? (
          <ErrorState error={next.error} onRetry={() => next.refetch()} />
        ) : next.data.items.length === 0 ? (
          <EmptyState title="No 1:1s scheduled" />
        ) : (
          <SessionList sessions={next.data.items} meId={meId} />
        )}
      </Card>
      <Card title="Your open action items">
        {actions.isPending ? (
          <LoadingState />
        ) : actions.isError ? (
          <ErrorState error={actions.error} onRetry={() => actions.refetch()} />
        ) : actions.data.items.length === 0 ? (
          <EmptyState title="Nothing open" />
        ) : (
          <ul className={styles.actionList}>
            {actions.data.items.map((item) => (
              <li key={item.id} className={styles.actionItem}>
                <Link to={`/one-on-ones/${item.sessionId}`}>{item.title}</Link>
                {item.dueDate && (
                  <span className="muted small">due {formatDate(item.dueDate)}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
