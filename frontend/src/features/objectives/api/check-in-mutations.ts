import { useMutation } from '@tanstack/react-query';
import { useInvalidateObjectives } from '@/features/objectives/api/objective-mutations';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

export type KeyResultCheckInRequest = RequestBody<'/api/v1/key-results/{id}/check-ins', 'post'>;
export type ObjectiveCheckInRequest = RequestBody<'/api/v1/objectives/{id}/check-ins', 'post'>;

export function checkInKeyResult(keyResultId: string, body: KeyResultCheckInRequest) {
  return unwrap(
    api.POST('/api/v1/key-results/{id}/check-ins', { params: { path: { id: keyResultId } }, body }),
  );
}

export function checkInObjective(objectiveId: string, body: ObjectiveCheckInRequest) {
  return unwrap(
    api.POST('/api/v1/objectives/{id}/check-ins', { params: { path: { id: objectiveId } }, body }),
  );
}

/**
 * A check-in changes the objective, its history and chart, and the progress of every ancestor
 * up to the company goal: all of them are refreshed through the `objectives` key.
 */
export function useCheckInKeyResult() {
  const onSuccess = useInvalidateObjectives();
  return useMutation({
    mutationFn: ({ keyResultId, body }: { keyResultId: string; body: KeyResultCheckInRequest }) =>
      checkInKeyResult(keyResultId, body),
    onSuccess,
  });
}

export function useCheckInObjective(objectiveId: string) {
  const onSuccess = useInvalidateObjectives();
  return useMutation({
    mutationFn: (body: ObjectiveCheckInRequest) => checkInObjective(objectiveId, body),
    onSuccess,
  });
}
