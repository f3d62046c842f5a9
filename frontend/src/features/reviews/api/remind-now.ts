import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type RemindPreview = ResponseBody<'/api/v1/review-cycles/{id}/remind', 'get'>;
export type RemindResult = ResponseBody<'/api/v1/review-cycles/{id}/remind', 'post'>;

export function getRemindPreview(id: string): Promise<RemindPreview> {
  return unwrap(api.GET('/api/v1/review-cycles/{id}/remind', { params: { path: { id } } }));
}

export const remindPreviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['review-cycles', id, 'remind'],
    queryFn: () => getRemindPreview(id),
    staleTime: 0,
  });

/** Who "Remind now" would remind; fetched when the confirmation opens. */
export function useRemindPreview(id: string, enabled: boolean) {
  return useQuery({ ...remindPreviewQueryOptions(id), enabled });
}

export function remindCycle(id: string): Promise<RemindResult> {
  return unwrap(api.POST('/api/v1/review-cycles/{id}/remind', { params: { path: { id } } }));
}

export function useRemindCycle() {
  return useMutation({ mutationFn: remindCycle });
}
