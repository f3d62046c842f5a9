import type { NotificationPreference } from '@/features/notifications/api/notification-preferences';

type Kind = NotificationPreference['kind'];

/** What each kind of notification means, in the words a person would use in settings. */
export const KIND_LABELS: Record<Kind, string> = {
  DRAFT_PROPOSED: 'A report proposes an objective for my agreement',
  DRAFT_AGREED: 'My draft objective is agreed',
  DRAFT_RETURNED: 'My draft objective is returned',
  OBJECTIVE_COMMENTED: 'Someone comments on my objective',
  OBJECTIVE_ALIGNED: 'An objective is aligned to mine',
  SESSION_SCHEDULED: 'A 1:1 with me is scheduled',
  SESSION_RESCHEDULED: 'A 1:1 with me is moved',
  SESSION_CANCELLED: 'A 1:1 with me is cancelled',
  AGENDA_ITEM_ADDED: 'An agenda item is added to my 1:1',
  ACTION_ITEM_ASSIGNED: 'An action item is assigned to me',
  REVIEW_CYCLE_LAUNCHED: 'A review cycle starts for me',
  REVIEW_SHARED: 'My review is shared with me',
  PEER_FEEDBACK_REQUESTED: 'My feedback is asked for in a 360',
  RATING_CALIBRATED: 'A rating is calibrated (admins)',
  FEEDBACK_RECEIVED: 'I receive feedback or praise',
  FEEDBACK_REQUESTED: 'Someone asks me for feedback',
  FEEDBACK_REQUEST_ANSWERED: 'My feedback request is answered',
  REMINDER: 'Reminders (reviews due, check-ins, 1:1s…)',
  WEBHOOK_DISABLED: 'A webhook is disabled after failing deliveries (admins)',
};
