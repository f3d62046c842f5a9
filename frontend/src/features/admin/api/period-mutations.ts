import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

export type CreatePeriodRequest = RequestBody<'/api/v1/periods', 'post'>;
export type UpdatePeriodRequest = RequestBody<'/api/v1/periods/{id}', 'put'>;

export function createPeriod(body: CreatePeriodRequest) {
  return unwrap(api.POST('/api/v1/periods', { body }));
}

export function updatePeriod(id: string, body: UpdatePeriodRequest) {
  return unwrap(api.PUT('/api/v1/periods/{id}', { params: { path: { id } }, body }));
}

export function deletePeriod(id: string) {
  return unwrap(api.DELETE('/api/v1/periods/{id}', { params: { path: { id } } }));
}

function useInvalidatePeriods() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['periods'] });
}

export function useSavePeriod() {
  const onSuccess = useInvalidatePeriods();
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id?: string;
      body: CreatePeriodRequest & { version?: number };
    }) => (id ? updatePeriod(id, body as UpdatePeriodRequest) : createPeriod(body)),
    onSuccess,
  });
}

export function useDeletePeriod() {
  const onSuccess = useInvalidatePeriods();
  return useMutation({ mutationFn: deletePeriod, onSuccess });
}
