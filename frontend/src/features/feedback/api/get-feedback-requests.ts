import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type RequestsPage = ResponseBody<'/api/v1/feedback-requests', 'get'>;
export type FeedbackRequestItem = RequestsPage['items'][number];
export type RequestsScope = 'inbox' | 'sent';

export function getFeedbackRequests(scope: RequestsScope, page: number): Promise<RequestsPage> {
  return unwrap(
    api.GET('/api/v1/feedback-requests', { params: { query: { scope, page, size: 20 } } }),
  );
}

export const feedbackRequestsQueryOptions = (scope: RequestsScope, page: number) =>
  queryOptions({
    queryKey: ['feedback', 'requests', scope, page],
    queryFn: () => getFeedbackRequests(scope, page),
    placeholderData: keepPreviousData,
  });

export function useFeedbackRequests(scope: RequestsScope, page: number) {
  return useQuery(feedbackRequestsQueryOptions(scope, page));
}
