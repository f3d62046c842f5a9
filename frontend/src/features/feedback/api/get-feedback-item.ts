import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type FeedbackDetail = ResponseBody<'/api/v1/feedback/{id}', 'get'>;

export function getFeedbackItem(id: string): Promise<FeedbackDetail> {
  return unwrap(api.GET('/api/v1/feedback/{id}', { params: { path: { id } } }));
}

export const feedbackItemQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['feedback', 'item', id], queryFn: () => getFeedbackItem(id) });

export function useFeedbackItem(id: string) {
  return useQuery(feedbackItemQueryOptions(id));
}
