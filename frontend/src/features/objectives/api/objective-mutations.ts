import { useMutation, useQueryClient } from '@tanstack/react-query';
import { objectiveKeys } from '@/features/objectives/api/keys';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

export type ObjectiveRequest = RequestBody<'/api/v1/objectives', 'post'>;
/** An update: the objective's fields (key results change through their own operations) and its version. */
export type UpdateObjectiveRequest = RequestBody<'/api/v1/objectives/{id}', 'put'>;
export type KeyResultRequest = NonNullable<ObjectiveRequest['keyResults']>[number];
export type CascadeRequest = RequestBody<'/api/v1/objectives/{id}/cascade', 'post'>;
export type CopyRequest = RequestBody<'/api/v1/objectives/copy', 'post'>;

/** Creates a draft; resolves to the new objective's id (from the Location header). */
export async function createObjective(body: ObjectiveRequest): Promise<string> {
  const result = api.POST('/api/v1/objectives', { body });
  await unwrap(result);
  const location = (await result).response.headers.get('Location') ?? '';
  return location.split('/').pop() ?? '';
}

export function updateObjective(id: string, body: UpdateObjectiveRequest) {
  return unwrap(api.PUT('/api/v1/objectives/{id}', { params: { path: { id } }, body }));
}

export type WorkflowAction =
  'propose' | 'approve' | 'complete' | 'cancel' | 'archive' | 'reopen' | 'unarchive';

/** A workflow action on the objective as loaded: a stale `version` is a 409 (someone changed it). */
export function runWorkflow(id: string, action: WorkflowAction, version: number) {
  const request = { params: { path: { id } }, body: { version } };
  switch (action) {
    case 'propose':
      return unwrap(api.POST('/api/v1/objectives/{id}/propose', request));
    case 'approve':
      return unwrap(api.POST('/api/v1/objectives/{id}/approve', request));
    case 'complete':
      return unwrap(api.POST('/api/v1/objectives/{id}/complete', request));
    case 'cancel':
      return unwrap(api.POST('/api/v1/objectives/{id}/cancel', request));
    case 'archive':
      return unwrap(api.POST('/api/v1/objectives/{id}/archive', request));
    case 'reopen':
      return unwrap(api.POST('/api/v1/objectives/{id}/reopen', request));
    case 'unarchive':
      return unwrap(api.POST('/api/v1/objectives/{id}/unarchive', request));
  }
}

export function returnObjective(id: string, comment: string, version: number) {
  return unwrap(
    api.POST('/api/v1/objectives/{id}/return', {
      params: { path: { id } },
      body: { comment, version },
    }),
  );
}

export function cascadeObjective(id: string, body: CascadeRequest) {
  return unwrap(api.POST('/api/v1/objectives/{id}/cascade', { params: { path: { id } }, body }));
}

export function copyObjectives(body: CopyRequest) {
  return unwrap(api.POST('/api/v1/objectives/copy', { body }));
}

/** Any objective write can move progress, status or counts anywhere up the cascade. */
export function useInvalidateObjectives() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: objectiveKeys.all });
}

export function useCreateObjective() {
  const onSuccess = useInvalidateObjectives();
  return useMutation({ mutationFn: createObjective, onSuccess });
}

export function useUpdateObjective(id: string) {
  const onSuccess = useInvalidateObjectives();
  return useMutation({
    mutationFn: (body: UpdateObjectiveRequest) => updateObjective(id, body),
    onSuccess,
  });
}

export function useWorkflow() {
  const onSuccess = useInvalidateObjectives();
  return useMutation({
    mutationFn: ({
      id,
      action,
      version,
    }: {
      id: string;
      action: WorkflowAction;
      version: number;
    }) => runWorkflow(id, action, version),
    onSuccess,
  });
}

export function useReturnObjective() {
  const onSuccess = useInvalidateObjectives();
  return useMutation({
    mutationFn: ({ id, comment, version }: { id: string; comment: string; version: number }) =>
      returnObjective(id, comment, version),
    onSuccess,
  });
}

export function useCascadeObjective() {
  const onSuccess = useInvalidateObjectives();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CascadeRequest }) => cascadeObjective(id, body),
    onSuccess,
  });
}

export function useCopyObjectives() {
  const onSuccess = useInvalidateObjectives();
  return useMutation({ mutationFn: copyObjectives, onSuccess });
}
