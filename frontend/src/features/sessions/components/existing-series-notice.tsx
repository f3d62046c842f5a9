import { useState } from 'react';
import { Link } from 'react-router';
import { useSessions } from '@/features/sessions/api/get-sessions';
import { RECURRENCE_LABELS } from '@/features/sessions/components/format';
import { formatDateTime } from '@/lib/format-date';

/** Warns, before a second series is made, that the caller already meets this person. */
export function ExistingSeriesNotice({ withId }: { withId: string }) {
  const [from] = useState(() => new Date().toISOString());
  const upcoming = useSessions(
    { participantId: withId, from, status: ['SCHEDULED'], sort: 'startsAt', size: 1 },
    withId !== '',
  );
  const next = upcoming.data?.items[0];
  if (!next) return null;
  return (
    <p className="alert alert-info" role="status">
      You already meet {next.participants.find((p) => p.id === withId)?.name ?? 'this person'}
      {next.recurrence !== 'NONE' && ` (${RECURRENCE_LABELS[next.recurrence].toLowerCase()})`}: next
      on{' '}
      <Link to={`/one-on-ones/${next.id}`}>
        {formatDateTime(next.startsAt, { withZone: true })}
      </Link>
      . Scheduling here adds another {next.recurrence !== 'NONE' ? 'series' : '1:1'}.
    </p>
  );
}
