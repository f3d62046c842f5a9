import { useMutation } from '@tanstack/react-query';
import {
  useInvalidateObjectives,
  type KeyResultRequest,
} from '@/features/objectives/api/objective-mutations';
import { api, unwrap } from '@/lib/api-client';

export function addKeyResult(objectiveId: string, body: KeyResultRequest) {
  return unwrap(
    api.POST('/api/v1/objectives/{id}/key-results', {
      params: { path: { id: objectiveId } },
      body,
    }),
  );
}

export function deleteKeyResult(id: string) {
  return unwrap(api.DELETE('/api/v1/key-results/{id}', { params: { path: { id } } }));
}

export function useAddKeyResult(objectiveId: string) {
  const onSuccess = useInvalidateObjectives();
  return useMutation({
    mutationFn: (body: KeyResultRequest) => addKeyResult(objectiveId, body),
    onSuccess,
  });
}

export function useDeleteKeyResult() {
  const onSuccess = useInvalidateObjectives();
  return useMutation({ mutationFn: deleteKeyResult, onSuccess });
}
