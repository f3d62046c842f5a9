import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function shareReview(id: string, version: number) {
  return unwrap(
    api.POST('/api/v1/reviews/{id}/share', { params: { path: { id } }, body: { version } }),
  );
}

export function acknowledgeReview(id: string, version: number, comment?: string) {
  return unwrap(
    api.POST('/api/v1/reviews/{id}/acknowledge', {
      params: { path: { id } },
      body: { version, comment },
    }),
  );
}

export function signOffReview(id: string, version: number) {
  return unwrap(
    api.POST('/api/v1/reviews/{id}/sign-off', { params: { path: { id } }, body: { version } }),
  );
}

export type RatingChange = { rating: number; reason: string; version: number };

export function calibrateRating(id: string, body: RatingChange) {
  return unwrap(api.POST('/api/v1/reviews/{id}/calibrate', { params: { path: { id } }, body }));
}

export function overrideRating(id: string, body: RatingChange) {
  return unwrap(api.POST('/api/v1/reviews/{id}/override', { params: { path: { id } }, body }));
}

function useReviewMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['reviews'] }),
        queryClient.invalidateQueries({ queryKey: ['review-cycles'] }),
      ]),
  });
}

export function useShareReview() {
  return useReviewMutation(({ id, version }: { id: string; version: number }) =>
    shareReview(id, version),
  );
}

export function useAcknowledgeReview() {
  return useReviewMutation(
    ({ id, version, comment }: { id: string; version: number; comment?: string }) =>
      acknowledgeReview(id, version, comment),
  );
}

export function useSignOffReview() {
  return useReviewMutation(({ id, version }: { id: string; version: number }) =>
    signOffReview(id, version),
  );
}

export function useChangeRating(kind: 'calibrate' | 'override') {
  return useReviewMutation(({ id, ...body }: RatingChange & { id: string }) =>
    kind === 'calibrate' ? calibrateRating(id, body) : overrideRating(id, body),
  );
}
