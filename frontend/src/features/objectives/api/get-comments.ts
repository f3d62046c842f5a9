import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { objectiveKeys } from '@/features/objectives/api/keys';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type CommentsPage = ResponseBody<'/api/v1/objectives/{id}/comments', 'get'>;
export type ObjectiveComment = CommentsPage['items'][number];

/** The discussion, oldest first. */
export function getComments(id: string): Promise<CommentsPage> {
  return unwrap(
    api.GET('/api/v1/objectives/{id}/comments', {
      params: { path: { id }, query: { size: 200 } },
    }),
  );
}

export const commentsQueryOptions = (id: string) =>
  queryOptions({ queryKey: objectiveKeys.comments(id), queryFn: () => getComments(id) });

export function useComments(id: string) {
  return useQuery(commentsQueryOptions(id));
}

export function addComment(id: string, body: string) {
  return unwrap(
    api.POST('/api/v1/objectives/{id}/comments', { params: { path: { id } }, body: { body } }),
  );
}

export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => addComment(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: objectiveKeys.comments(id) }),
  });
}
