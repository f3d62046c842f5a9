import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type ReviewsPage = ResponseBody<'/api/v1/reviews', 'get'>;
export type ReviewListItem = ReviewsPage['items'][number];
export type ReviewScope = 'mine' | 'to-write' | 'all';

export function getReviews(scope: ReviewScope, cycleId?: string): Promise<ReviewsPage> {
  return unwrap(api.GET('/api/v1/reviews', { params: { query: { scope, cycleId, size: 100 } } }));
}

export const reviewsQueryOptions = (scope: ReviewScope, cycleId?: string) =>
  queryOptions({
    queryKey: ['reviews', 'list', scope, cycleId ?? null],
    queryFn: () => getReviews(scope, cycleId),
  });

export function useReviews(scope: ReviewScope, cycleId?: string) {
  return useQuery(reviewsQueryOptions(scope, cycleId));
}
