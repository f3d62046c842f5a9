import type { ObjectiveSummary } from '@/features/objectives/api/get-objectives';
import { daysSince, needsCheckIn } from '@/features/objectives/utils/format';

/** Days without a check-in after which a report's active objective needs the manager's eye. */
export const STALE_DAYS = 14;

/** "No check-in for 20 days" when an active objective has gone quiet, else null. */
export function staleCheckInFlag(objective: ObjectiveSummary, now = Date.now()): string | null {
  if (objective.status !== 'ACTIVE' || !needsCheckIn(objective.lastCheckInAt, STALE_DAYS, now))
    return null;
  return objective.lastCheckInAt
    ? `No check-in for ${daysSince(objective.lastCheckInAt, now)} days`
    : 'No check-in yet';
}

/** An active objective at risk, off track, or without a recent check-in. */
export function needsAttention(objective: ObjectiveSummary, now = Date.now()): boolean {
  return (
    objective.status === 'ACTIVE' &&
    (objective.health !== 'ON_TRACK' || staleCheckInFlag(objective, now) !== null)
  );
}

/** Drafts the owner proposed and that wait for the manager's agreement. */
export function isPendingDraft(objective: ObjectiveSummary): boolean {
  return objective.status === 'DRAFT' && Boolean(objective.proposedAt);
}
