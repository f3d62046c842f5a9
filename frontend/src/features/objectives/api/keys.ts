/**
 * Query keys of the objectives feature. Everything starts with `objectives`, so one
 * invalidation of `objectiveKeys.all` refreshes an objective, its ancestors (whose progress
 * rolls up from it) and every list after a write.
 */
export const objectiveKeys = {
  all: ['objectives'] as const,
  lists: () => [...objectiveKeys.all, 'list'] as const,
  list: (query: object) => [...objectiveKeys.lists(), query] as const,
  detail: (id: string) => [...objectiveKeys.all, 'detail', id] as const,
  checkIns: (id: string) => [...objectiveKeys.all, 'check-ins', id] as const,
  series: (id: string) => [...objectiveKeys.all, 'progress-series', id] as const,
  comments: (id: string) => [...objectiveKeys.all, 'comments', id] as const,
};
