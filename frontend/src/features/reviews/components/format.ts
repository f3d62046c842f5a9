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

const dateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDue(iso: string | null | undefined): string {
  return iso ? `${dateTime.format(new Date(iso))} UTC` : '—';
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return date.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

export function formatRating(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

export function isOverdue(iso: string | null | undefined): boolean {
  return Boolean(iso) && new Date(iso as string).getTime() < Date.now();
}
