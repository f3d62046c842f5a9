import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

export type GiveFeedbackBody = RequestBody<'/api/v1/feedback', 'post'>;
export type GivePraiseBody = RequestBody<'/api/v1/praise', 'post'>;
export type RequestFeedbackBody = RequestBody<'/api/v1/feedback-requests', 'post'>;
export type AnswerBody = RequestBody<'/api/v1/feedback-requests/{id}/answer', 'post'>;
export type Reaction = RequestBody<'/api/v1/praise/{id}/reactions', 'post'>['reaction'];

/** Every feedback mutation refreshes the feedback queries (lists, wall, requests, settings). */
function useFeedbackMutation<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['feedback'] });
      void queryClient.invalidateQueries({ queryKey: ['reviews', 'evidence'] });
    },
  });
}

export const useGiveFeedback = () =>
  useFeedbackMutation((body: GiveFeedbackBody) => unwrap(api.POST('/api/v1/feedback', { body })));

export const useGivePraise = () =>
  useFeedbackMutation((body: GivePraiseBody) => unwrap(api.POST('/api/v1/praise', { body })));

export const useRequestFeedback = () =>
  useFeedbackMutation((body: RequestFeedbackBody) =>
    unwrap(api.POST('/api/v1/feedback-requests', { body })),
  );

export const useAnswerRequest = (id: string) =>
  useFeedbackMutation((body: AnswerBody) =>
    unwrap(api.POST('/api/v1/feedback-requests/{id}/answer', { params: { path: { id } }, body })),
  );

export const useDeclineRequest = (id: string) =>
  useFeedbackMutation((reason: string) =>
    unwrap(
      api.POST('/api/v1/feedback-requests/{id}/decline', {
        params: { path: { id } },
        body: { reason: reason || undefined },
      }),
    ),
  );

export const useToggleReaction = (id: string) =>
  useFeedbackMutation(({ reaction, mine }: { reaction: Reaction; mine: boolean }) =>
    mine
      ? unwrap(
          api.DELETE('/api/v1/praise/{id}/reactions/{reaction}', {
            params: { path: { id, reaction } },
          }),
        )
      : unwrap(
          api.POST('/api/v1/praise/{id}/reactions', {
            params: { path: { id } },
            body: { reaction },
          }),
        ),
  );
