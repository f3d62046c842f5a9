import type { ObjectiveSummary } from '@/features/objectives/api/get-objectives';
import { daysSince, needsCheckIn } from '@/features/objectives/utils/format';

/** Days without a check-in after which a report's active objective needs the manager's eye. */
export const STALE_DAYS = 14;

/** Why an active objective needs attention: its health, or a missing check-in. */
export function attentionFlags(objective: ObjectiveSummary, now = Date.now()): string[] {
  if (objective.status !== 'ACTIVE') return [];
  const flags: string[] = [];
  if (objective.health === 'OFF_TRACK') flags.push('Off track');
  if (objective.health === 'AT_RISK') flags.push('At risk');
  if (needsCheckIn(objective.lastCheckInAt, STALE_DAYS, now))
    flags.push(
      objective.lastCheckInAt
        ? `No check-in for ${daysSince(objective.lastCheckInAt, now)} days`
        : 'No check-in yet',
    );
  return flags;
}

/** Drafts the owner proposed and that wait for the manager's agreement. */
export function isPendingDraft(objective: ObjectiveSummary): boolean {
  return objective.status === 'DRAFT' && Boolean(objective.proposedAt);
}
