import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Nominations = ResponseBody<'/api/v1/reviews/{id}/nominations', 'get'>;

export function getNominations(id: string): Promise<Nominations> {
  return unwrap(api.GET('/api/v1/reviews/{id}/nominations', { params: { path: { id } } }));
}

export const nominationsQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['reviews', 'nominations', id], queryFn: () => getNominations(id) });

export function useNominations(id: string, enabled = true) {
  return useQuery({ ...nominationsQueryOptions(id), enabled });
}

type Change = { peerIds?: string[]; version: number };

export function nominatePeers(id: string, body: Change) {
  return unwrap(api.PUT('/api/v1/reviews/{id}/nominations', { params: { path: { id } }, body }));
}

export function approveNominations(id: string, body: Change) {
  return unwrap(
    api.POST('/api/v1/reviews/{id}/nominations/approve', { params: { path: { id } }, body }),
  );
}

export function useChangeNominations(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ approve, ...body }: Change & { approve: boolean }) =>
      approve ? approveNominations(id, body) : nominatePeers(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reviews'] }),
  });
}
