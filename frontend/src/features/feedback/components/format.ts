/** Labels and formats shared by the feedback screens. */
export const VISIBILITY_LABELS: Record<string, string> = {
  PRIVATE: 'Private',
  MANAGERS: 'Recipient and managers',
  PUBLIC: 'Public praise',
};

export const VISIBILITY_HINTS: Record<string, string> = {
  PRIVATE: 'Only the recipient reads it (and whoever asked for it).',
  MANAGERS: 'The recipient and everyone above them in the reporting line.',
  PUBLIC: 'Everyone in the organization, on the praise wall and their profile.',
};

export const REACTIONS = [
  { value: 'CLAP', emoji: '👏', label: 'Applause' },
  { value: 'CELEBRATE', emoji: '🎉', label: 'Celebrate' },
  { value: 'HEART', emoji: '❤️', label: 'Love it' },
  { value: 'INSPIRED', emoji: '💡', label: 'Inspired' },
  { value: 'THANKS', emoji: '🙏', label: 'Thanks' },
] as const;

export const STATUS_LABELS: Record<string, string> = {
  PENDING: 'Waiting for an answer',
  ANSWERED: 'Answered',
  DECLINED: 'Declined',
};
