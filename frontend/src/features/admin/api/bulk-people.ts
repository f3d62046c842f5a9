import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type BulkPeopleRequest = RequestBody<'/api/v1/people/bulk', 'post'>;
export type BulkAction = BulkPeopleRequest['action'];
export type BulkPeopleResult = ResponseBody<'/api/v1/people/bulk', 'post'>;

/** One change for several people: all of them or none. */
export function bulkChangePeople(body: BulkPeopleRequest): Promise<BulkPeopleResult> {
  return unwrap(api.POST('/api/v1/people/bulk', { body }));
}

export function useBulkChangePeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkChangePeople,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['people'] }),
        queryClient.invalidateQueries({ queryKey: ['org-chart'] }),
        queryClient.invalidateQueries({ queryKey: ['teams'] }),
      ]),
  });
}
