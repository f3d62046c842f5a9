import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Review = ResponseBody<'/api/v1/reviews/{id}', 'get'>;
export type ReviewSection = Review['sections'][number];
export type ReviewQuestion = ReviewSection['questions'][number];
export type ScalePoint = Review['scale'][number];

export function getReview(id: string): Promise<Review> {
  return unwrap(api.GET('/api/v1/reviews/{id}', { params: { path: { id } } }));
}

export const reviewQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['reviews', 'detail', id], queryFn: () => getReview(id) });

export function useReview(id: string) {
  return useQuery(reviewQueryOptions(id));
}
