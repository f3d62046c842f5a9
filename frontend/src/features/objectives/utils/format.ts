import type {
  Health,
  KeyResult,
  ObjectiveLevel,
  ObjectiveStatus,
} from '@/features/objectives/api/get-objective';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole percent, as people read progress: 75.83 → "76%". */
export function formatPercent(value: number): string {
  return `${Math.round(value)}%`;
}

/** Whole days since an instant (0 for today). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.floor((now - Date.parse(iso)) / DAY_MS);
}

/** True when there is no check-in, or the last one is at least `days` old. */
export function needsCheckIn(
  lastCheckInAt: string | undefined | null,
  days: number,
  now = Date.now(),
) {
  return !lastCheckInAt || daysSince(lastCheckInAt, now) >= days;
}

export function lastCheckInText(lastCheckInAt: string | undefined | null, now = Date.now()) {
  if (!lastCheckInAt) return 'No check-in yet';
  const days = daysSince(lastCheckInAt, now);
  if (days <= 0) return 'Checked in today';
  if (days === 1) return 'Checked in yesterday';
  return `Last check-in ${days} days ago`;
}

export const HEALTH_LABELS: Record<Health, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
};

export const STATUS_LABELS: Record<ObjectiveStatus, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  ARCHIVED: 'Archived',
};

export const LEVEL_LABELS: Record<ObjectiveLevel, string> = {
  COMPANY: 'Company goal',
  TEAM: 'Team objective',
  INDIVIDUAL: 'Individual objective',
};

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A key result's value with its unit: "15 minutes", "€1,150,000", "Done". */
export function formatValue(kr: Pick<KeyResult, 'kind' | 'unit'>, value: number): string {
  switch (kr.kind) {
    case 'BOOLEAN':
      return value >= 1 ? 'Done' : 'Not done';
    case 'PERCENT':
      return `${numberFormat.format(value)}%`;
    case 'CURRENCY':
      try {
        return new Intl.NumberFormat('en-GB', {
          style: 'currency',
          currency: kr.unit || 'EUR',
          maximumFractionDigits: 0,
        }).format(value);
      } catch {
        return `${numberFormat.format(value)} ${kr.unit ?? ''}`.trim();
      }
    default:
      return `${numberFormat.format(value)}${kr.unit ? ` ${kr.unit}` : ''}`;
  }
}
