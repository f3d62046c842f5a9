import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

export type KeyResultCheckIn = RequestBody<'/api/v1/key-results/{id}/check-ins', 'post'>;
export type ObjectiveCheckIn = RequestBody<'/api/v1/objectives/{id}/check-ins', 'post'>;

export type QuickCheckIn =
  | { keyResultId: string; body: KeyResultCheckIn }
  | { keyResultId?: undefined; body: ObjectiveCheckIn };

export function postKeyResultCheckIn(id: string, body: KeyResultCheckIn) {
  return unwrap(api.POST('/api/v1/key-results/{id}/check-ins', { params: { path: { id } }, body }));
}

export function postObjectiveCheckIn(id: string, body: ObjectiveCheckIn) {
  return unwrap(api.POST('/api/v1/objectives/{id}/check-ins', { params: { path: { id } }, body }));
}

/** Posts a check-in, then refreshes the cascade (progress rolls up) and the objective. */
export function usePostCheckIn(objectiveId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (checkIn: QuickCheckIn) =>
      checkIn.keyResultId
        ? postKeyResultCheckIn(checkIn.keyResultId, checkIn.body as KeyResultCheckIn)
        : postObjectiveCheckIn(objectiveId, checkIn.body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cascade'] }),
        queryClient.invalidateQueries({ queryKey: ['objectives'] }),
      ]),
  });
}
