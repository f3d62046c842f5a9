import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type SharedNotes = ResponseBody<'/api/v1/sessions/{id}/notes', 'get'>;

/** The notes both participants share, as saved now (the session page embeds an older copy). */
export function getSharedNotes(id: string): Promise<SharedNotes> {
  return unwrap(api.GET('/api/v1/sessions/{id}/notes', { params: { path: { id } } }));
}

export const sharedNotesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['sessions', 'shared-notes', id],
    queryFn: () => getSharedNotes(id),
    staleTime: 0,
  });

export function useSharedNotes(id: string) {
  return useQuery(sharedNotesQueryOptions(id));
}
