import { formatDateTime } from '@/lib/format-date';

/** Labels and formats shared by the review screens. */
export const STATE_LABELS: Record<string, string> = {
  SELF_REVIEW: 'Self review',
  MANAGER_REVIEW: 'Manager review',
  CALIBRATION: 'Calibration',
  SHARED: 'Shared',
  ACKNOWLEDGED: 'Acknowledged',
  SIGNED_OFF: 'Signed off',
};

export const STATUS_LABELS: Record<string, string> = {
  NOT_STARTED: 'Not started',
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
};

export const ROLE_LABELS: Record<string, string> = {
  REVIEWEE: 'About me',
  MANAGER: 'As manager',
  PEER: 'As peer',
  ADMIN: 'Admin',
  SKIP_LEVEL: 'Skip level',
};

/** A review step's deadline, in the viewer's zone and saying which: "15 Dec 2026, 23:59 CET". */
export function formatDue(iso: string | null | undefined): string {
  return formatDateTime(iso, { withZone: true });
}

export function formatRating(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

export function isOverdue(iso: string | null | undefined): boolean {
  return Boolean(iso) && new Date(iso as string).getTime() < Date.now();
}
