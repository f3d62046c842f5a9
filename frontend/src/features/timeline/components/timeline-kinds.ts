import type { TimelineItem } from '@/features/timeline/api/get-timeline';

/** How each kind of history item is labelled. */
export const KIND_LABELS: Record<TimelineItem['kind'], string> = {
  OBJECTIVE: 'Objective',
  CHECK_INS: 'Check-ins',
  ONE_TO_ONE: '1:1',
  REVIEW: 'Review',
  FEEDBACK: 'Feedback',
  PRAISE: 'Praise',
  TEAM_CHANGE: 'Team',
  MANAGER_CHANGE: 'Manager',
  ROLE_CHANGE: 'Roles',
};
