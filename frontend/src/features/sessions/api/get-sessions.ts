import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryParams, ResponseBody } from '@/lib/api-types';

export type SessionsPage = ResponseBody<'/api/v1/sessions', 'get'>;
export type SessionSummary = SessionsPage['items'][number];
export type SessionsQuery = QueryParams<'/api/v1/sessions', 'get'>;

export function getSessions(query: SessionsQuery): Promise<SessionsPage> {
  return unwrap(api.GET('/api/v1/sessions', { params: { query } }));
}

export const sessionsQueryOptions = (query: SessionsQuery) =>
  queryOptions({ queryKey: ['sessions', 'list', query], queryFn: () => getSessions(query) });

export function useSessions(query: SessionsQuery, enabled = true) {
  return useQuery({ ...sessionsQueryOptions(query), enabled });
}
