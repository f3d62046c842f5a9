import type { ReminderRule, ReminderTrigger } from '@/features/admin/api/reminder-rules';

/** Each trigger in words, with where its offset N goes and its unit. */
export const TRIGGERS: Record<ReminderTrigger, { label: string; offset: string; unit: string }> = {
  REVIEW_DUE: { label: 'Review step due soon', offset: 'Days before the deadline', unit: 'days' },
  SELF_REVIEW_NOT_STARTED: {
    label: 'Self review not started',
    offset: 'Days after the launch',
    unit: 'days',
  },
  CHECK_IN_MISSING: {
    label: 'No check-in on an objective',
    offset: 'Days without a check-in',
    unit: 'days',
  },
  ONE_TO_ONE_UPCOMING: { label: '1:1 coming up', offset: 'Hours before it starts', unit: 'hours' },
  ONE_TO_ONE_OVERDUE: {
    label: '1:1 with a report overdue',
    offset: 'Days past the pair’s interval',
    unit: 'days',
  },
  ACTION_ITEM_DUE: {
    label: 'Action item due',
    offset: 'Days before it is due (0: on the day)',
    unit: 'days',
  },
  DRAFT_WAITING: {
    label: 'Draft objective waiting for agreement',
    offset: 'Days after it was proposed',
    unit: 'days',
  },
  NOMINATION_NOT_APPROVED: {
    label: 'Peer nominations waiting for approval',
    offset: 'Days waiting',
    unit: 'days',
  },
  FEEDBACK_REQUEST_DUE: {
    label: 'Feedback request due',
    offset: 'Days before it is due (0: on the day)',
    unit: 'days',
  },
};

export const AUDIENCES: Record<ReminderRule['audience'], string> = {
  SUBJECT: 'The person it concerns',
  MANAGER: 'Their manager',
  BOTH: 'The person and their manager',
};

export const CHANNELS: Record<ReminderRule['channel'], string> = {
  IN_APP: 'In the app only',
  EMAIL: 'E-mail',
  BOTH: 'In the app and by e-mail',
};

/** "2 days", "24 hours", "1 day". */
export function offsetText(rule: Pick<ReminderRule, 'trigger' | 'offset'>): string {
  const unit = TRIGGERS[rule.trigger].unit;
  return `${rule.offset} ${rule.offset === 1 ? unit.slice(0, -1) : unit}`;
}
