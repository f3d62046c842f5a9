import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/card';
import type { SessionSummary } from '@/features/sessions/api/get-sessions';
import {
  formatWhen,
  otherParticipant,
  RECURRENCE_LABELS,
  sessionTitle,
} from '@/features/sessions/components/format';
import styles from '@/features/sessions/components/sessions.module.css';

export function StatusBadges({
  session,
}: {
  session: Pick<SessionSummary, 'status' | 'tentative' | 'locked' | 'recurrence'>;
}) {
  return (
    <>
      {session.status === 'COMPLETED' && <Badge tone="accent">Completed</Badge>}
      {session.status === 'CANCELLED' && <Badge tone="muted">Cancelled</Badge>}
      {session.status === 'SCHEDULED' && session.tentative && <Badge>Tentative</Badge>}
      {session.locked && <Badge tone="muted">Locked</Badge>}
      {session.recurrence !== 'NONE' && session.status === 'SCHEDULED' && (
        <Badge tone="muted">{RECURRENCE_LABELS[session.recurrence]}</Badge>
      )}
    </>
  );
}

export function SessionList({ sessions, meId }: { sessions: SessionSummary[]; meId?: string }) {
  return (
    <ul className={styles.sessionList}>
      {sessions.map((session) => (
        <li key={session.id} className={`${styles.row} ${styles.rowPerson}`}>
          <Avatar name={otherParticipant(session, meId).name} size="sm" />
          <div className={styles.rowMain}>
            <Link to={`/one-on-ones/${session.id}`}>{sessionTitle(session, meId)}</Link>
            <span className="muted small">
              {formatWhen(session.startsAt)} · {session.durationMinutes} min
            </span>
          </div>
          <div className={styles.rowBadges}>
            <StatusBadges session={session} />
          </div>
        </li>
      ))}
    </ul>
  );
}
