import type { TaskKind } from '@/features/tasks/api/get-tasks';

/** How each kind of task reads in the inbox. */
export const TASK_LABELS: Record<TaskKind, string> = {
  SELF_REVIEW: 'Self review to write',
  MANAGER_REVIEW: 'Review to write',
  PEER_REVIEW: 'Peer feedback to write',
  REVIEW_SIGN_OFF: 'Review to sign off',
  NOMINATIONS_TO_APPROVE: 'Peers to approve',
  DRAFT_TO_AGREE: 'Draft to agree',
  CHECK_IN_DUE: 'Check-in due',
  ONE_TO_ONE_TO_PREPARE: '1:1 to prepare',
  ONE_TO_ONE_OVERDUE: '1:1 overdue',
  ACTION_ITEM: 'Action item due',
  FEEDBACK_REQUEST: 'Feedback asked of you',
  CYCLE_TO_CALIBRATE: 'Cycle to calibrate',
};
