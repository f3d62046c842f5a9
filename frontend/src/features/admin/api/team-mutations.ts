import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

export type CreateTeamRequest = RequestBody<'/api/v1/teams', 'post'>;
export type UpdateTeamRequest = RequestBody<'/api/v1/teams/{id}', 'put'>;

export function createTeam(body: CreateTeamRequest) {
  return unwrap(api.POST('/api/v1/teams', { body }));
}

export function updateTeam(id: string, body: UpdateTeamRequest) {
  return unwrap(api.PUT('/api/v1/teams/{id}', { params: { path: { id } }, body }));
}

export function deleteTeam(id: string) {
  return unwrap(api.DELETE('/api/v1/teams/{id}', { params: { path: { id } } }));
}

function useInvalidateTeams() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['teams'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['org-chart'] }),
    ]);
}

export function useSaveTeam() {
  const onSuccess = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateTeamRequest & { version?: number } }) =>
      id ? updateTeam(id, body as UpdateTeamRequest) : createTeam(body),
    onSuccess,
  });
}

export function useDeleteTeam() {
  const onSuccess = useInvalidateTeams();
  return useMutation({ mutationFn: deleteTeam, onSuccess });
}
