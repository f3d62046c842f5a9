import type { Health } from '@/features/cascade/api/get-cascade';

export const HEALTH_LABEL: Record<Health, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
};

export const LEVEL_LABEL = { COMPANY: 'Company', TEAM: 'Team', INDIVIDUAL: 'Individual' } as const;

export const STATUS_LABEL = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  ARCHIVED: 'Archived',
} as const;

export function formatPercent(value: number): string {
  return `${Math.round(value)}%`;
}
