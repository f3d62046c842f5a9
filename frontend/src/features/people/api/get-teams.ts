import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type TeamsPage = ResponseBody<'/api/v1/teams', 'get'>;

/** All teams (one page of the maximum size), for the directory's team filter. */
export function getTeamOptions(): Promise<TeamsPage> {
  return unwrap(api.GET('/api/v1/teams', { params: { query: { size: 200, sort: 'name' } } }));
}

export const teamOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['teams', 'options'], queryFn: getTeamOptions, staleTime: 60_000 });

export function useTeamOptions() {
  return useQuery(teamOptionsQueryOptions());
}
