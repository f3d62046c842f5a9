import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryParams, ResponseBody } from '@/lib/api-types';

export type FeedbackPage = ResponseBody<'/api/v1/feedback', 'get'>;
export type FeedbackItem = FeedbackPage['items'][number];
export type FeedbackScope = 'received' | 'given' | 'about-my-reports' | 'all';
type Query = QueryParams<'/api/v1/feedback', 'get'>;

export function getFeedback(query: Query): Promise<FeedbackPage> {
  return unwrap(api.GET('/api/v1/feedback', { params: { query } }));
}

export const feedbackQueryOptions = (scope: FeedbackScope, page: number, personId?: string) =>
  queryOptions({
    queryKey: ['feedback', 'list', scope, page, personId ?? null],
    queryFn: () => getFeedback({ scope, page, size: 20, personId }),
    placeholderData: keepPreviousData,
  });

export function useFeedbackList(scope: FeedbackScope, page: number, personId?: string) {
  return useQuery(feedbackQueryOptions(scope, page, personId));
}
