import type { SessionSummary } from '@/features/sessions/api/get-sessions';
import { formatDateTime } from '@/lib/format-date';

/** A session's start in the viewer's time zone, saying which: "Tue, 2 Dec 2026, 10:00 CET". */
export function formatWhen(iso: string): string {
  return formatDateTime(iso, { weekday: true, withZone: true });
}

export const KIND_LABELS: Record<SessionSummary['kind'], string> = {
  ONE_TO_ONE: '1:1',
  CHECK_IN: 'Check-in',
  APPRAISAL_MEETING: 'Appraisal meeting',
};

export const RECURRENCE_LABELS: Record<SessionSummary['recurrence'], string> = {
  NONE: 'Does not repeat',
  WEEKLY: 'Weekly',
  FORTNIGHTLY: 'Every two weeks',
  MONTHLY: 'Monthly',
};

/** "1:1 with Erin Walsh" from the viewer's side; both names for someone outside the session. */
export function sessionTitle(
  session: Pick<SessionSummary, 'kind' | 'title' | 'participants'>,
  meId?: string,
) {
  const others = session.participants.filter((p) => p.id !== meId);
  const names = others.map((p) => p.name).join(' and ');
  return session.title ?? `${KIND_LABELS[session.kind]} with ${names}`;
}

export function otherParticipant(session: Pick<SessionSummary, 'participants'>, meId?: string) {
  return session.participants.find((p) => p.id !== meId) ?? session.participants[0];
}
