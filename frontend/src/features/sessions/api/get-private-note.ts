import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Notes = ResponseBody<'/api/v1/sessions/{id}/private-notes', 'get'>;

/** The caller's own private note: nobody else ever reads it. */
export function getPrivateNote(id: string): Promise<Notes> {
  return unwrap(api.GET('/api/v1/sessions/{id}/private-notes', { params: { path: { id } } }));
}

export const privateNoteQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['sessions', 'private-note', id], queryFn: () => getPrivateNote(id) });

export function usePrivateNote(id: string, enabled: boolean) {
  return useQuery({ ...privateNoteQueryOptions(id), enabled });
}
