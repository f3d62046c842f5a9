import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type TeamsPage = ResponseBody<'/api/v1/teams', 'get'>;
export type Team = TeamsPage['items'][number];

export function getTeams(): Promise<TeamsPage> {
  return unwrap(api.GET('/api/v1/teams', { params: { query: { size: 200, sort: 'name' } } }));
}

export const teamsQueryOptions = () =>
  queryOptions({ queryKey: ['teams', 'all'], queryFn: getTeams });

export function useTeams() {
  return useQuery(teamsQueryOptions());
}
