import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type Role = 'SELF' | 'MANAGER' | 'PEER';
export type Answers = ResponseBody<'/api/v1/reviews/{id}/responses/{role}', 'get'>;
export type Answer = Answers['answers'][number];
export type SaveAnswersRequest = RequestBody<'/api/v1/reviews/{id}/responses/{role}', 'put'>;

export function getAnswers(id: string, role: Role): Promise<Answers> {
  return unwrap(
    api.GET('/api/v1/reviews/{id}/responses/{role}', { params: { path: { id, role } } }),
  );
}

export const answersQueryOptions = (id: string, role: Role) =>
  queryOptions({
    queryKey: ['reviews', 'answers', id, role],
    queryFn: () => getAnswers(id, role),
    retry: false,
  });

export function useAnswers(id: string, role: Role, enabled = true) {
  return useQuery({ ...answersQueryOptions(id, role), enabled });
}

export function saveAnswers(id: string, role: Role, body: SaveAnswersRequest) {
  return unwrap(
    api.PUT('/api/v1/reviews/{id}/responses/{role}', { params: { path: { id, role } }, body }),
  );
}

export function submitAnswers(id: string, role: Role, version: number) {
  return unwrap(
    api.POST('/api/v1/reviews/{id}/responses/{role}/submit', {
      params: { path: { id, role } },
      body: { version },
    }),
  );
}

export function useSaveAnswers(id: string, role: Role) {
  return useMutation({ mutationFn: (body: SaveAnswersRequest) => saveAnswers(id, role, body) });
}

export function useSubmitAnswers(id: string, role: Role) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => submitAnswers(id, role, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reviews'] }),
  });
}
