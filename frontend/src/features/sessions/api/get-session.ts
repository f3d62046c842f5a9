import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type SessionDetail = ResponseBody<'/api/v1/sessions/{id}', 'get'>;
export type AgendaItem = SessionDetail['agendaItems'][number];
export type ActionItem = SessionDetail['actionItems'][number];
export type LinkedObjective = SessionDetail['objectives'][number];

export function getSession(id: string): Promise<SessionDetail> {
  return unwrap(api.GET('/api/v1/sessions/{id}', { params: { path: { id } } }));
}

export const sessionQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['sessions', 'detail', id], queryFn: () => getSession(id) });

export function useSession(id: string) {
  return useQuery(sessionQueryOptions(id));
}
